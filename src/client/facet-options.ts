/**
 * Filters with too many options for the search page (src/lib/search-facets.ts)
 * arrive empty, with the address of their options; they are filled the first
 * time they are needed: when the reader opens one, or when the URL has one of
 * their values ticked.
 */
import type { FacetOption } from '../lib/search-facets';

const loading = new WeakMap<HTMLDetailsElement, Promise<boolean>>();

/** One option as the page writes it: a checkbox, its label, and a place for its count. */
function optionElement(key: string, option: FacetOption): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'facet__option';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = option.value;
  const name = document.createElement('span');
  name.textContent = option.label;
  const count = document.createElement('span');
  count.className = 'facet__count';
  count.dataset['facetCount'] = `${key}:${option.value}`;
  label.append(box, name, count);
  return label;
}

async function fill(details: HTMLDetailsElement, src: string): Promise<boolean> {
  const key = details.dataset['facetKey'] ?? '';
  const fieldset = details.querySelector('fieldset');
  const note = details.querySelector('.facet__loading');
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: ${String(response.status)}`);
    const options = (await response.json()) as FacetOption[];
    fieldset?.append(...options.map((option) => optionElement(key, option)));
    note?.remove();
    return true;
  } catch {
    if (note !== null)
      note.textContent = 'This list could not be loaded; reload the page to try again.';
    return false;
  }
}

/** Fills a filter whose options load when needed, once; true when it now has its options. */
export function loadFacetOptions(details: HTMLDetailsElement): Promise<boolean> {
  const src = details.dataset['facetSrc'];
  if (src === undefined) return Promise.resolve(true);
  let done = loading.get(details);
  if (done === undefined) {
    done = fill(details, src);
    loading.set(details, done);
  }
  return done;
}

/** The filters of a form whose options load when needed. */
export const lazyFacets = (form: HTMLFormElement): HTMLDetailsElement[] => [
  ...form.querySelectorAll<HTMLDetailsElement>('details.facet[data-facet-src]'),
];
