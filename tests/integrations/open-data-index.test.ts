import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFile } from '../../src/integrations/open-data-index';
import { measureText } from '../../src/lib/export-files';
import { testTempDir } from '../support/temp-dir';

describe('measureFile', () => {
  it('gives a file’s size and SHA-256 as measureText gives its text’s, read in chunks', () => {
    const text = 'slug,title\r\n"a","Café “quoted” – 10 %"\r\n'.repeat(7);
    const file = join(testTempDir('measure'), 'a.csv');
    writeFileSync(file, text);
    const expected = measureText([text]);
    expect(expected.bytes).toBe(Buffer.byteLength(text));
    expect(measureFile(file)).toEqual(expected);
    // A buffer smaller than the file, and not a divisor of its size: many reads, the last short.
    expect(measureFile(file, Buffer.alloc(13))).toEqual(expected);
  });
});
