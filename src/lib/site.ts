/**
 * The words the site uses about itself, kept in one place so pages, feeds and
 * tests agree on them.
 */

import {
  aboutPath,
  constituenciesPath,
  lettersPath,
  organisationsPath,
  peoplePath,
  topicsPath,
} from './paths';

/** The archive's name. */
export const SITE_NAME = 'Postbag';

/** One line on what the archive is, for the home page and page descriptions. */
export const SITE_TAGLINE =
  'A searchable archive of the letters UK MPs and ministers write in reply to constituents, local groups and each other.';

/** The main navigation, in order. */
export const NAV_ITEMS: readonly { readonly label: string; readonly href: string }[] = [
  { label: 'Letters', href: lettersPath() },
  { label: 'Topics', href: topicsPath() },
  { label: 'People', href: peoplePath() },
  { label: 'Organisations', href: organisationsPath() },
  { label: 'Constituencies', href: constituenciesPath() },
  { label: 'About', href: aboutPath() },
];
