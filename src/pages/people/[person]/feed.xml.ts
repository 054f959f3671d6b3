/** `/people/<id>/feed.xml`: an Atom feed of the letters a person sent or received. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive';
import { feedResponse } from '../../../data/feed-response';
import { personName } from '../../../lib/correspondents';
import { FEED_LENGTH, pageFeedSubject } from '../../../lib/feeds';
import { lettersInvolvingPerson } from '../../../lib/letters';
import { personPath } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const { people } = await loadArchive();
  return [...people.values()].map((person) => ({ params: { person: person.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const person = archive.people.get(params['person'] ?? '');
  if (person === undefined) return new Response(null, { status: 404 });
  const subject = pageFeedSubject(personName(person), personPath(person.id), 'letters from or to');
  const letters = lettersInvolvingPerson(archive.letters, person.id, FEED_LENGTH);
  return feedResponse(subject, letters, site);
};
