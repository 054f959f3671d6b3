/**
 * The search page's markup for results, direct hits and help, built with DOM
 * methods (text is never parsed as HTML). What to show comes from src/lib.
 */
import { answerSpeaker, excerptParts, type IndexedPage } from '../lib/search-answers';
import { directoryPath, type DirectoryEntry } from '../lib/search-directory';
import type { ListedResult } from '../lib/search-results';
import { withHighlight } from '../lib/search-state';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** The letter's date, sender and reference, as one line. */
function letterLine(page: IndexedPage): string {
  return [
    page.meta['date'],
    page.meta['from'],
    page.meta['reference'] && `Ref. ${page.meta['reference']}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** An excerpt of the result's text with the matched words marked. */
function excerpt(listed: ListedResult): HTMLParagraphElement {
  const p = element('p', 'search-result__excerpt');
  for (const part of excerptParts(listed.result.tokens, listed.result.positions)) {
    p.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return p;
}

/** One result: an answer (heading, speaker, excerpt, deep link) in its letter, or a whole letter. */
export function renderResult(listed: ListedResult, query: string): HTMLLIElement {
  const { result, page } = listed;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  heading.append(link(withHighlight(result.url, query), result.heading));
  item.append(heading);
  if (result.answerId !== undefined) {
    const speaker = answerSpeaker(page, result.answerId);
    if (speaker !== undefined)
      item.append(element('p', 'search-result__speaker', `Answer by ${speaker}`));
  }
  item.append(excerpt(listed));
  if (result.topics.length > 0) {
    item.append(element('p', 'search-result__topics', `Filed under ${result.topics.join(', ')}`));
  }
  const context = element('p', 'search-result__meta');
  if (result.answerId !== undefined) {
    context.append(
      'In ',
      link(withHighlight(page.url, query), page.meta['title'] ?? page.url, 'search-result__letter'),
      ' · ',
    );
  }
  context.append(letterLine(page));
  item.append(context);
  return item;
}

const KIND_LABELS: Record<DirectoryEntry[0], string> = {
  person: 'Person',
  organisation: 'Organisation',
  constituency: 'Constituency',
  topic: 'Topic',
};

/** A direct hit: kind, name, role and letter count, linking to its page. */
export function renderDirectHit(entry: DirectoryEntry): HTMLLIElement {
  const [kind, , name, role, letters] = entry;
  const item = element('li', 'search-direct__hit');
  item.append(
    element('span', 'search-direct__kind', `${KIND_LABELS[kind]}: `),
    link(directoryPath(entry), name),
    element(
      'span',
      'search-direct__meta',
      [role, `${letters} letter${letters === 1 ? '' : 's'}`]
        .filter(Boolean)
        .join(' · ')
        .replace(/^/, ' — '),
    ),
  );
  return item;
}

/** "Did you mean …?", linking to the suggested search. */
export function renderSuggestion(suggested: string, href: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const a = link(href, suggested);
  fragment.append('Did you mean ', a, '?');
  return fragment;
}
