import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixture = join(import.meta.dirname, '../fixtures/reporter');

describe('the summary line', () => {
  it('counts a file whose afterAll hook timed out as a failure, though every test passed', () => {
    const run = spawnSync('npx', ['vitest', 'run', '--root', fixture], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('tests: 1 passed, 1 failed, 0 skipped');
  }, 60_000);
});
