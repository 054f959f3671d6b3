/**
 * Writes `_headers` into the built site, from the same policy as the pages' meta
 * tag (src/lib/security.ts), for static hosts that read such a file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

/** The Astro integration that writes `dist/_headers` after every build. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'postbag-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
        logger.info(`Wrote ${fileURLToPath(new URL('_headers', dir))}`);
      },
    },
  };
}
