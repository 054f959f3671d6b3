/**
 * Astro's content store compiled in pieces (src/integrations/content-store-module.ts):
 * the same store, in string literals short enough for V8 to read in linear time.
 */
import { describe, expect, it, vi } from 'vitest';
import contentStoreModule, {
  CONTENT_STORE_MODULE,
  piecesOf,
  storeInPieces,
} from '../../src/integrations/content-store-module';

/** The module as Astro writes it (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** What a module's default export is, run as Node runs it. */
async function valueOf(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: unknown;
  };
  return module.default;
}

/** A store with what letters hold: quotes, backslashes, new lines, curly quotes, a pair of surrogates. */
const STORE = JSON.stringify([
  'Map',
  { title: 'Mr “Smith”’s letter \\ of 1 April', body: 'line\nline', emoji: '🏛️ Parliament' },
  'x'.repeat(100),
]);

describe('the content store in pieces', () => {
  it('gives the same store, in pieces no longer than asked', async () => {
    for (const size of [7, 8, 9, 64]) {
      const store = storeInPieces(astroModule(STORE), size);
      expect(store).toBeDefined();
      expect(store?.characters).toBe(STORE.length);
      expect(store?.pieces).toBeGreaterThanOrEqual(Math.ceil(STORE.length / size));
      expect(await valueOf(store?.code ?? '')).toEqual(JSON.parse(STORE));
    }
  });

  it('cuts text into pieces of at most the size, never inside a surrogate pair', () => {
    const text = `ab🏛cd🏛🏛e`;
    for (const size of [1, 2, 3, 4]) {
      const pieces = piecesOf(text, size);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(size);
        const last = piece.charCodeAt(piece.length - 1);
        // A piece of one character may be half a pair only when the size is 1.
        if (size > 1) expect(last >= 0xd800 && last <= 0xdbff, JSON.stringify(pieces)).toBe(false);
      }
    }
  });

  it('leaves a short store of another shape as it is, and stops at a long one', () => {
    expect(storeInPieces('export default new Map()')).toBeUndefined();
    expect(() => storeInPieces(`export default ${JSON.stringify('x'.repeat(300_000))}`)).toThrow(
      /content store module .* src\/integrations\/content-store-module\.ts/,
    );
  });

  it('rewrites Astro’s store module and no other, saying so in the log', () => {
    const plugins: { transform: (code: string, id: string) => unknown }[] = [];
    const info = vi.fn();
    // The hook is called with only what it uses.
    const setup = contentStoreModule().hooks['astro:config:setup'] as unknown as (options: {
      updateConfig: (config: { vite: { plugins: typeof plugins } }) => void;
      logger: { info: typeof info };
    }) => void;
    setup({ updateConfig: (config) => plugins.push(...config.vite.plugins), logger: { info } });
    const [plugin] = plugins;
    expect(plugin?.transform(astroModule(STORE), 'src/pages/index.astro')).toBeUndefined();
    expect(plugin?.transform(astroModule(STORE), CONTENT_STORE_MODULE)).toMatchObject({
      code: expect.stringContaining(".join('')") as string,
    });
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^Compiled the content store/));
  });
});
