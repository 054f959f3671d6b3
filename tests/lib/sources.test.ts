import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { citedSources, isSourcePath } from '../../src/lib/sources';
import { archiveInput, letterEntry } from './fixtures';

const source = (file: string | undefined) => ({ source: { file, description: 'A scan.' } });

describe('the originals published letters cite', () => {
  const { letters } = buildArchive(
    archiveInput([
      letterEntry('2024/a', source('a.pdf')),
      letterEntry('2024/b', source('shared/b.txt')),
      letterEntry('2024/c', source('shared/b.txt')),
      letterEntry('2024/d', source(undefined)),
      letterEntry('2024/draft', { ...source('draft.pdf'), draft: true }),
    ]),
  );

  it('are each cited file once, never a draft’s', () => {
    expect(citedSources(letters, () => true, 'content/sources')).toEqual({
      files: ['a.pdf', 'shared/b.txt'],
      problems: [],
    });
  });

  it('fail naming the letter and field when a cited file is missing', () => {
    const { problems } = citedSources(letters, (f) => f !== 'a.pdf', 'content/sources');
    expect(problems).toEqual([
      {
        file: 'content/letters/2024/a.md',
        field: 'source.file',
        message: 'no file "a.pdf" in content/sources/; put the original there, or remove the field',
      },
    ]);
  });

  it('are plain paths inside the originals’ folder', () => {
    for (const file of ['a.pdf', 'x/y.txt', 'Scan 1.PDF']) expect(isSourcePath(file)).toBe(true);
    for (const file of ['../secret', '/etc/passwd', 'x/../y', 'x//y', '.env', 'x\\y', ''])
      expect(isSourcePath(file), file).toBe(false);
  });
});
