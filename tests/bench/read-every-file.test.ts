import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEveryFile } from '../../scripts/bench/measure';
import { testTempDir } from '../support/temp-dir';

describe('readEveryFile', () => {
  it('reads every file under a folder, nested and larger than its buffer, and counts the bytes', () => {
    const dir = testTempDir('read-every-file');
    mkdirSync(join(dir, 'letters', '2024'), { recursive: true });
    writeFileSync(join(dir, 'letters', '2024', 'a.md'), 'x'.repeat(3_000_001));
    writeFileSync(join(dir, 'people.yaml'), 'name: A\n');
    writeFileSync(join(dir, 'empty.md'), '');
    expect(readEveryFile(dir)).toBe(3_000_001 + 8);
  });
});
