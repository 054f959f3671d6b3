/**
 * `/search/facets/<key>.json`: the options of a facet with too many for the search
 * page itself (src/lib/search-facets.ts), as `[{ value, label }]`; the page loads
 * one when the reader opens that filter.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive';
import {
  FACET_KEYS,
  facetOptions,
  isInlineFacet,
  type FacetOption,
} from '../../../lib/search-facets';

export const getStaticPaths = (async () => {
  const options = facetOptions(await loadArchive());
  return FACET_KEYS.filter((key) => !isInlineFacet(options[key])).map((key) => ({
    params: { facet: key },
    props: { options: options[key] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ options: FacetOption[] }> = ({ props }) =>
  new Response(JSON.stringify(props.options), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
