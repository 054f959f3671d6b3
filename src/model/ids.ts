/**
 * What an id written in the content may look like: lower-case letters, digits and
 * hyphens, starting with a letter or digit. Answer ids (`{#housing-targets}`),
 * their old ids, letter aliases and speaker keys (`[!quote icb]`) all take it.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
