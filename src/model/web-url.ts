/**
 * The one rule for web addresses in the content (`source.url`, people's and
 * organisations' `links[].url`): an absolute `https:` or `http:` address, written
 * as such. zod's `z.url()` also accepts `javascript:`, `data:`, `file:` and any
 * other scheme, which would reach an `href` and `/data/letters.json`; this rule
 * is what `webUrl` in `src/model/schemas.ts` checks, so a bad address fails the
 * build naming the file and the field.
 */

/** What an address must look like, as the build error says it. */
export const WEB_URL_RULE = 'expected a web address starting https:// or http://';

/** Whitespace and control characters: a browser drops some of them and reads the rest differently. */
const UNSAFE_CHARACTERS = /[\s\p{Cc}]/u;

/** True for an absolute `https:` or `http:` address with a host, written with nothing before the scheme. */
export function isWebUrl(value: string): boolean {
  if (UNSAFE_CHARACTERS.test(value) || !/^https?:\/\/[^/]/i.test(value)) return false;
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}
