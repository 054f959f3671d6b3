import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const index = {
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
};
vi.mock('pagefind', () => ({
  createIndex: vi.fn((options: unknown) => {
    calls.push(`createIndex ${JSON.stringify(options)}`);
    return { errors: [], index };
  }),
  close: vi.fn(() => {
    calls.push('close');
  }),
}));

const { buildSearchIndex } = await import('../../src/integrations/pagefind');
const logger = { info: vi.fn() };

beforeEach(() => {
  calls.length = 0;
  index.addDirectory.mockImplementation(({ path }: { path: string }) => {
    calls.push(`addDirectory ${path}`);
    return { errors: [], page_count: 2 };
  });
  index.writeFiles.mockImplementation(({ outputPath }: { outputPath: string }) => {
    calls.push(`writeFiles ${outputPath}`);
    return { errors: [], outputPath };
  });
});

describe('building the search index', () => {
  it('creates an English index, adds the site, writes it beside the pages and closes Pagefind', async () => {
    await expect(buildSearchIndex('/site/dist', logger)).resolves.toEqual({
      filesRead: 2,
      outputPath: '/site/dist/pagefind',
    });
    expect(calls).toEqual([
      'createIndex {"forceLanguage":"en"}',
      'addDirectory /site/dist',
      'writeFiles /site/dist/pagefind',
      'close',
    ]);
  });

  it('fails the build when Pagefind reports an error, and still closes it', async () => {
    index.writeFiles.mockReturnValue({ errors: ['disk full'], outputPath: '' });
    await expect(buildSearchIndex('/site/dist', logger)).rejects.toThrow(
      'Pagefind could not write the index: disk full',
    );
    expect(calls.at(-1)).toBe('close');
  });

  it('fails the build when there are no pages to index', async () => {
    index.addDirectory.mockReturnValue({ errors: [], page_count: 0 });
    await expect(buildSearchIndex('/empty', logger)).rejects.toThrow(
      'Pagefind found no pages in /empty',
    );
    expect(calls.at(-1)).toBe('close');
  });
});
