/** The response of a feed endpoint: an Atom feed of letters about a subject. */
import type { Letter } from '../lib/archive';
import { letterFeed, type FeedSubject } from '../lib/feeds';
import { siteUrl } from './site-url';

/** Renders the feed and serves it as Atom. */
export function feedResponse(
  subject: FeedSubject,
  letters: readonly Letter[],
  site: URL | undefined,
): Response {
  return new Response(letterFeed(subject, letters, siteUrl(site)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
