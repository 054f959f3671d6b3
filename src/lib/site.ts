/**
 * The site's settings and the words it uses about itself, kept in one place so
 * pages, feeds, exports and tests agree on them.
 *
 * Settings come from environment variables at build time, each with a documented
 * default (see README, "Site settings"):
 *
 * | variable                | meaning                                             | default                        |
 * | ----------------------- | --------------------------------------------------- | ------------------------------ |
 * | `POSTBAG_SITE`          | the archive's public address                        | `https://postbag.example.org` (a placeholder) |
 * | `POSTBAG_NAME`          | the archive's name                                  | `Postbag`                      |
 * | `POSTBAG_CONTACT_EMAIL` | the editors' email address                          | `editors@postbag.example.org` (a placeholder) |
 * | `POSTBAG_CONTACT_URL`   | the editors' web form, used before the email        | none                           |
 * | `POSTBAG_LICENCE_NAME`, `POSTBAG_LICENCE_URL` | the licence of the archive's own data (not the letters' words) | CC0 1.0 |
 * | `POSTBAG_PRODUCTION`    | `1` or `true`: a production build, which refuses placeholders | unset              |
 */

import {
  aboutPath,
  constituenciesPath,
  lettersPath,
  organisationsPath,
  peoplePath,
  topicsPath,
} from './paths';

/** The address a build gets when `POSTBAG_SITE` is not set: not a real site. */
export const PLACEHOLDER_SITE = 'https://postbag.example.org';

/** The editors' address a build gets when no contact is set: not a real mailbox. */
export const PLACEHOLDER_EMAIL = 'editors@postbag.example.org';

/** The archive's settings, resolved. */
export interface SiteSettings {
  /** The archive's name ("Postbag"). */
  readonly name: string;
  /** The archive's public address; permalinks, feeds and exports are built on it. */
  readonly site: string;
  /** The editors' email address, if any. */
  readonly contactEmail: string | undefined;
  /** The editors' web form, if any; "Report a problem" uses it before the email. */
  readonly contactUrl: string | undefined;
  /** The licence of the archive's own data (titles, dates, topics, ids); the letters' words are their authors'. */
  readonly licence: { readonly name: string; readonly url: string };
}

type Env = Readonly<Record<string, string | undefined>>;

// `process` is absent in a browser; the browser scripts never need the settings' env.
const processEnv = (): Env => (globalThis as { process?: { env: Env } }).process?.env ?? {};

const setting = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** The settings from environment variables (`process.env` unless given), with the defaults above. */
export function readSiteSettings(env: Env = processEnv()): SiteSettings {
  const contactUrl = setting(env, 'POSTBAG_CONTACT_URL');
  const contactEmail = setting(env, 'POSTBAG_CONTACT_EMAIL');
  return {
    name: setting(env, 'POSTBAG_NAME') ?? 'Postbag',
    site: setting(env, 'POSTBAG_SITE') ?? PLACEHOLDER_SITE,
    contactEmail: contactEmail ?? (contactUrl === undefined ? PLACEHOLDER_EMAIL : undefined),
    contactUrl,
    licence: {
      name: setting(env, 'POSTBAG_LICENCE_NAME') ?? 'CC0 1.0 public domain dedication',
      url:
        setting(env, 'POSTBAG_LICENCE_URL') ?? 'https://creativecommons.org/publicdomain/zero/1.0/',
    },
  };
}

/** True for a production build: `POSTBAG_PRODUCTION` is `1` or `true`. */
export const isProductionBuild = (env: Env = processEnv()): boolean =>
  ['1', 'true'].includes(setting(env, 'POSTBAG_PRODUCTION')?.toLowerCase() ?? '');

/** What is still a placeholder in `settings`, in words; empty when nothing is. */
export function placeholderSettings(settings: SiteSettings): string[] {
  const found: string[] = [];
  if (new URL(settings.site).hostname === new URL(PLACEHOLDER_SITE).hostname)
    found.push(
      `POSTBAG_SITE is not set: every permalink, feed and citation points at ${PLACEHOLDER_SITE}`,
    );
  if (settings.contactEmail === PLACEHOLDER_EMAIL)
    found.push(
      `POSTBAG_CONTACT_EMAIL and POSTBAG_CONTACT_URL are not set: readers are sent to ${PLACEHOLDER_EMAIL}`,
    );
  return found;
}

/**
 * Checks the settings before a build: returns a loud warning when a placeholder
 * is in use, or `undefined`; in a production build a placeholder is an error.
 */
export function checkSiteSettings(settings: SiteSettings, production: boolean): string | undefined {
  const found = placeholderSettings(settings);
  if (found.length === 0) return undefined;
  const list = found.map((line) => `  - ${line}`).join('\n');
  if (production)
    throw new Error(
      `A production build (POSTBAG_PRODUCTION) refuses placeholder settings:\n${list}`,
    );
  return `WARNING: this build uses placeholder settings (fine for a preview, not for publishing):\n${list}`;
}

/** The settings of this build. */
export const SITE_SETTINGS: SiteSettings = readSiteSettings();

/** The archive's name. */
export const SITE_NAME = SITE_SETTINGS.name;

/** One line on what the archive is, for the home page and page descriptions. */
export const SITE_TAGLINE =
  'A searchable archive of the letters UK MPs and ministers write in reply to constituents, local groups and each other.';

/**
 * Where "Report a problem with this page" leads for the page at `pageUrl`: the
 * editors' web form with `?page=<address>`, or else a `mailto:` with the page's
 * address in the subject and body.
 */
export function reportProblemHref(settings: SiteSettings, pageUrl: string): string {
  if (settings.contactUrl !== undefined) {
    const form = new URL(settings.contactUrl);
    form.searchParams.set('page', pageUrl);
    return form.href;
  }
  const subject = `Problem with a page of ${settings.name}: ${pageUrl}`;
  const body = `Page: ${pageUrl}\n\nWhat is wrong (a transcription error, a broken link, something you cannot use):\n\n`;
  return `mailto:${settings.contactEmail ?? PLACEHOLDER_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The main navigation, in order. */
export const NAV_ITEMS: readonly { readonly label: string; readonly href: string }[] = [
  { label: 'Letters', href: lettersPath() },
  { label: 'Topics', href: topicsPath() },
  { label: 'People', href: peoplePath() },
  { label: 'Organisations', href: organisationsPath() },
  { label: 'Constituencies', href: constituenciesPath() },
  { label: 'About', href: aboutPath() },
];
