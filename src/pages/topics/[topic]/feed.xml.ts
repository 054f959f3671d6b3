/** `/topics/<id>/feed.xml`: an Atom feed of the letters on one topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive';
import { feedResponse } from '../../../data/feed-response';
import { FEED_LENGTH, pageFeedSubject } from '../../../lib/feeds';
import { lettersOnTopic } from '../../../lib/letters';
import { topicPath } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const { topics } = await loadArchive();
  return [...topics.values()].map((topic) => ({ params: { topic: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const topic = archive.topics.get(params['topic'] ?? '');
  if (topic === undefined) return new Response(null, { status: 404 });
  const subject = pageFeedSubject(topic.title, topicPath(topic.id), 'letters on');
  return feedResponse(subject, lettersOnTopic(archive.letters, topic.id, FEED_LENGTH), site);
};
