/**
 * The words the site uses about itself, kept in one place so pages, feeds and
 * tests agree on them.
 */

/** The archive's name. */
export const SITE_NAME = 'Postbag';

/** One line on what the archive is, for the home page and page descriptions. */
export const SITE_TAGLINE =
  'A searchable archive of the letters UK MPs and ministers write in reply to constituents, local groups and each other.';

/** The main navigation, in order. */
export const NAV_ITEMS: readonly { readonly label: string; readonly href: string }[] = [
  { label: 'Letters', href: '/letters/' },
  { label: 'Topics', href: '/topics/' },
  { label: 'People', href: '/people/' },
  { label: 'Organisations', href: '/organisations/' },
  { label: 'Constituencies', href: '/constituencies/' },
  { label: 'About', href: '/about/' },
];
