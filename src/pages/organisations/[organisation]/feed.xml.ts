/** `/organisations/<id>/feed.xml`: an Atom feed of the letters sent for or to an organisation. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../data/archive';
import { feedResponse } from '../../../data/feed-response';
import { FEED_LENGTH, pageFeedSubject } from '../../../lib/feeds';
import { lettersInvolvingOrganisation } from '../../../lib/letters';
import { organisationPath } from '../../../lib/paths';

export const getStaticPaths = (async () => {
  const { organisations } = await loadArchive();
  return [...organisations.values()].map((o) => ({ params: { organisation: o.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const organisation = archive.organisations.get(params['organisation'] ?? '');
  if (organisation === undefined) return new Response(null, { status: 404 });
  const subject = pageFeedSubject(
    organisation.name,
    organisationPath(organisation.id),
    'letters from or to',
  );
  const letters = lettersInvolvingOrganisation(archive.letters, organisation.id, FEED_LENGTH);
  return feedResponse(subject, letters, site);
};
