import { describe, expect, it } from 'vitest';
import {
  highlightWords,
  isActiveSearch,
  pagefindFilters,
  pagefindOptions,
  pagefindTerm,
  pagefindSort,
  parseSearchState,
  searchStateToParams,
  withHighlight,
} from '../../src/lib/search-state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('a search in the URL', () => {
  it('reads the query, filters and sort from the address', () => {
    const state = parse('q=Wixams&topic=housing-targets&topic=nppf&year=2024&sort=newest');
    expect(state.query).toBe('Wixams');
    expect(state.filters.topic).toEqual(['housing-targets', 'nppf']);
    expect(state.filters.year).toEqual(['2024']);
    expect(state.filters.from).toEqual([]);
    expect(state.sort).toBe('newest');
  });

  it('ignores unknown parameters, empty values and unknown sorts', () => {
    const state = parse('q=&colour=red&topic=&sort=sideways');
    expect(state.query).toBe('');
    expect(state.filters.topic).toEqual([]);
    expect(state.sort).toBe('relevance');
    expect(isActiveSearch(state)).toBe(false);
  });

  it('writes back the same address it read, leaving out defaults', () => {
    const address = 'q=PO-1531376&topic=gp-workforce&to=blake-stephenson&sort=oldest';
    expect(searchStateToParams(parse(address)).toString()).toBe(address);
    expect(searchStateToParams(parse('q=x&sort=relevance')).toString()).toBe('q=x');
  });

  it('turns filters into Pagefind filters: any value within a facet, all facets together', () => {
    expect(pagefindFilters(parse('topic=a&topic=b&year=2024'))).toEqual({
      topic: { any: ['a', 'b'] },
      year: { any: ['2024'] },
    });
  });

  it('leaves empty filters and the default sort out of Pagefind options', () => {
    expect(pagefindOptions(parse('q=x'))).toEqual({});
    expect(pagefindOptions(parse('q=x&year=2024&sort=newest'))).toEqual({
      filters: { year: { any: ['2024'] } },
      sort: { date: 'desc' },
    });
  });

  it('asks Pagefind for the trimmed words, or for none to browse by filters', () => {
    expect(pagefindTerm(parse('q=%20Wixams%20'))).toBe('Wixams');
    expect(pagefindTerm(parse('q=%20%20&year=2024'))).toBeNull();
    // Exclusions are applied to Pagefind's results, never given to it to look for.
    expect(pagefindTerm(parse('q=Wixams%20-housing'))).toBe('Wixams');
    expect(highlightWords('Wixams -housing')).toEqual(['Wixams']);
  });

  it('sorts by date only when asked', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});

describe('highlighting from a result', () => {
  it('marks the words as typed, without quotes', () => {
    expect(highlightWords('"Pharmacy First" PO-1531376')).toEqual([
      'Pharmacy',
      'First',
      'PO-1531376',
    ]);
  });

  it('adds the words to a result link and keeps its anchor', () => {
    expect(withHighlight('/letters/x/#questions-6-7', 'Pharmacy First')).toBe(
      '/letters/x/?highlight=Pharmacy&highlight=First#questions-6-7',
    );
    expect(withHighlight('/letters/x/?highlight=po1531376', 'PO-1531376')).toBe(
      '/letters/x/?highlight=PO-1531376',
    );
  });

  it('leaves a link alone when there is nothing to mark', () => {
    expect(withHighlight('/letters/x/', '')).toBe('/letters/x/');
  });
});
