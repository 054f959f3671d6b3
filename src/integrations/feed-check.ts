/**
 * Fails the build if any Atom feed it wrote is not well-formed, naming the feed,
 * the line and the letter whose entry is at fault: a feed reader rejects a whole
 * feed over one bad character, so one letter could silently break every feed
 * listing it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { feedProblems } from '../lib/feed-check.ts';

/** How many problems the error lists before it summarises. */
const SHOWN = 50;

/** The site path of the letter an entry id (its permalink) names, or the id as written. */
const entryName = (id: string): string => {
  const path = URL.canParse(id) ? new URL(id).pathname : id;
  return path.startsWith('/letters/') ? `letter ${path}` : `entry ${id}`;
};

/** Checks every `feed.xml` under `siteDir`; throws listing what is wrong, feed by feed. */
export function checkSiteFeeds(siteDir: string): { feeds: number } {
  const feeds = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'feed.xml' || f.endsWith(`${sep}feed.xml`))
    .map((f) => `/${f.split(sep).join('/')}`)
    .sort();
  const problems = feeds.flatMap((feed) =>
    feedProblems(readFileSync(join(siteDir, feed.slice(1)), 'utf8')).map(
      (p) =>
        `  ${feed}:${p.line}:${p.column}: ${p.message}${p.entry === undefined ? '' : ` (in the entry of ${entryName(p.entry)})`}`,
    ),
  );
  if (problems.length > 0) {
    const more = problems.length > SHOWN ? `\n  … and ${problems.length - SHOWN} more` : '';
    throw new Error(
      `${problems.length} problem(s) in the Atom feeds: feed readers would reject them:\n${problems.slice(0, SHOWN).join('\n')}${more}`,
    );
  }
  return { feeds: feeds.length };
}

/** The Astro integration that checks the feeds after every build. */
export default function feedCheck(): AstroIntegration {
  return {
    name: 'postbag-feed-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { feeds } = checkSiteFeeds(fileURLToPath(dir));
        logger.info(`Checked ${feeds} Atom feeds: every one is well-formed`);
      },
    },
  };
}
