/**
 * Site paths, in one place so every link in the archive is built the same way.
 * All end in a slash, as the site is built with `trailingSlash: 'always'`.
 */

/** The archive's home page. */
export const homePath = (): string => '/';
/** All letters, newest first. */
export const lettersPath = (): string => '/letters/';
/** The letters of one year. */
export const yearPath = (year: number): string => `/letters/${year}/`;
/** One letter. */
export const letterPath = (slug: string): string => `/letters/${slug}/`;
/** One answer inside a letter: the permalink a journalist cites. */
export const answerPath = (slug: string, answerId: string): string =>
  `${letterPath(slug)}#${answerId}`;
/** All topics. */
export const topicsPath = (): string => '/topics/';
/** One topic. */
export const topicPath = (id: string): string => `/topics/${id}/`;
/** All people. */
export const peoplePath = (): string => '/people/';
/** One person. */
export const personPath = (id: string): string => `/people/${id}/`;
/** All organisations. */
export const organisationsPath = (): string => '/organisations/';
/** One organisation. */
export const organisationPath = (id: string): string => `/organisations/${id}/`;
/** All constituencies. */
export const constituenciesPath = (): string => '/constituencies/';
/** One constituency. */
export const constituencyPath = (id: string): string => `/constituencies/${id}/`;
/** About the archive. */
export const aboutPath = (): string => '/about/';
/** The accessibility statement. */
export const accessibilityPath = (): string => '/accessibility/';
