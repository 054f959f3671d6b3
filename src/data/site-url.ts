/** The archive's absolute address, from Astro's `site` option (overridable with POSTBAG_SITE). */
export function siteUrl(site: URL | undefined): URL {
  if (site === undefined)
    throw new Error('astro.config.mjs must set `site`: feeds and exports need absolute links');
  return site;
}
