/**
 * The Content Security Policy: the site itself, plus what Pagefind needs to run
 * its WebAssembly in a worker. No inline scripts or styles anywhere: every script
 * and stylesheet is a file of its own (astro.config.mjs makes sure of it).
 */

/** The policy's directives, in order. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self' blob:"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives that only work as an HTTP header, not in a <meta> tag. */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['frame-ancestors', "'none'"],
];

const serialise = (directives: readonly (readonly [string, string])[]): string =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const metaContentSecurityPolicy = (): string => serialise(CSP_DIRECTIVES);

/** The policy as an HTTP header, which can also forbid framing. */
export const headerContentSecurityPolicy = (): string =>
  serialise([...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

/** A `_headers` file (Netlify, Cloudflare Pages and others read it) applying the policy to every page. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerContentSecurityPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
