/** `/feed.xml`: an Atom feed of the newest letters in the archive. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive';
import { feedResponse } from '../data/feed-response';
import { siteFeedSubject } from '../lib/feeds';

export const GET: APIRoute = async ({ site }) => {
  const { letters } = await loadArchive();
  return feedResponse(siteFeedSubject(), letters, site);
};
