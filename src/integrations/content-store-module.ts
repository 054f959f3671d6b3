/**
 * Astro's content store, compiled in pieces a parser reads in linear time.
 *
 * Astro compiles its whole content store (every letter's frontmatter: about 1.1 kB a
 * letter, 20.5 M characters for the 17,541 written answers, 121.4 M at 100,000) into one
 * module, `export default JSON.parse("…")`, one string literal. V8's parser collects a
 * string literal in a buffer that grows by at most 1 MB at a time, copying what it
 * holds each time into fresh memory: the cost of reading the literal is quadratic in
 * its length, and most of it is page faults, whose price on a virtual machine changes
 * by the hour. Measured on this project's machines: 20 MB (with one character past
 * Latin-1, which doubles the buffer) 5.5 s, 40 MB 20 s, 80 MB 63 s; the same 80 MB in
 * pieces of 512 k characters joined at run time, 2 s (docs/performance.md).
 *
 * This Vite plugin rewrites that one module after Astro writes it, and no other:
 * the same string, as an array of short literals joined once. Any other shape of it
 * that is large enough to matter stops the build, naming this file, rather than
 * silently making the build quadratic again after an upgrade of Astro.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** The module Astro compiles its content store into (astro/dist/content/consts.js). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

/** The longest literal a piece may be: 256 k characters, at most 512 kB in V8's buffer. */
export const PIECE_CHARACTERS = 2 ** 18;

/** How Astro writes its store as one literal: `export default JSON.parse("…")`. */
const OPENING = 'export default JSON.parse(';
const CLOSING = ')';

/** The store's JSON, when `code` is Astro's one literal (read without a regular expression: it may be 100 MB). */
function oneLiteral(code: string): string | undefined {
  const trimmed = code.trim().replace(/;$/, '');
  if (!trimmed.startsWith(OPENING) || !trimmed.endsWith(CLOSING)) return undefined;
  const literal = trimmed.slice(OPENING.length, -CLOSING.length);
  if (!literal.startsWith('"')) return undefined;
  try {
    const json: unknown = JSON.parse(literal);
    return typeof json === 'string' ? json : undefined;
  } catch {
    return undefined;
  }
}

/** An empty store, or one already in chunks (`experimental.collectionStorage`): short either way. */
const SHORT_ENOUGH = (code: string) => code.length <= PIECE_CHARACTERS;

/** `text` cut into pieces of at most `size` characters, never between the two halves of a surrogate pair. */
export function piecesOf(text: string, size = PIECE_CHARACTERS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** What became of the store's module. */
export interface StoreModule {
  readonly code: string;
  /** Characters of the store's JSON. */
  readonly characters: number;
  readonly pieces: number;
}

/**
 * The store's module with its one literal cut into pieces joined at run time, or
 * undefined when it is short enough as it is. Throws on a long module of another shape.
 */
export function storeInPieces(code: string, size = PIECE_CHARACTERS): StoreModule | undefined {
  const json = oneLiteral(code);
  if (json === undefined) {
    if (SHORT_ENOUGH(code)) return undefined;
    throw new Error(
      `Astro's content store module (${CONTENT_STORE_MODULE.slice(1)}, ${code.length} characters) ` +
        `is not the one string literal src/integrations/content-store-module.ts expects ` +
        `(it begins ${JSON.stringify(code.slice(0, 60))}). Reading a long literal costs V8 ` +
        `quadratic time: update that file for the new shape.`,
    );
  }
  const pieces = piecesOf(json, size);
  return {
    code: `export default JSON.parse([\n${pieces.map((piece) => JSON.stringify(piece)).join(',\n')}\n].join(''));\n`,
    characters: json.length,
    pieces: pieces.length,
  };
}

/** The Vite plugin that compiles the store's module in pieces, saying so in the build's log. */
function storeModulePlugin(logger: AstroIntegrationLogger) {
  return {
    name: 'postbag-content-store-module',
    enforce: 'post' as const,
    transform(code: string, id: string) {
      if (id !== CONTENT_STORE_MODULE) return undefined;
      const store = storeInPieces(code);
      if (store === undefined) return undefined;
      logger.info(
        `Compiled the content store (${store.characters} characters) as ${store.pieces} ` +
          `string literal${store.pieces === 1 ? '' : 's'} of at most ${PIECE_CHARACTERS} characters`,
      );
      return { code: store.code, map: { mappings: '' } };
    },
  };
}

/** The Astro integration that adds the plugin. */
export default function contentStoreModule(): AstroIntegration {
  return {
    name: 'postbag-content-store',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({ vite: { plugins: [storeModulePlugin(logger)] } });
      },
    },
  };
}
