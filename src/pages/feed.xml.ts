/** `/feed.xml`: an Atom feed of the newest letters in the archive. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive';
import { siteUrl } from '../data/site-url';
import { letterFeed, siteFeedSubject } from '../lib/feeds';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  return new Response(letterFeed(siteFeedSubject(), letters, siteUrl(site)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
