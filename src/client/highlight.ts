/**
 * On a letter page opened from a search result, marks the words the reader
 * searched for (`?highlight=word&highlight=…`) with Pagefind's highlight script.
 * The script is only fetched when there is something to mark.
 */
import { FIRST_PART_PATH } from '../lib/search-parts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}

type PagefindHighlight = new (options: PagefindHighlightOptions) => unknown;

if (new URLSearchParams(window.location.search).getAll('highlight').length > 0) {
  const url = `${FIRST_PART_PATH}pagefind-highlight.js`;
  const module = (await import(/* @vite-ignore */ url)) as { default: PagefindHighlight };
  // Styles come from our stylesheet: an injected <style> would break the Content Security Policy.
  new module.default({ highlightParam: 'highlight', addStyles: false });
}
