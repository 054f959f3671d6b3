/**
 * Temporary folders for one test, removed when that test ends, passed or failed,
 * so a run of the suite leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new empty folder named `postbag-<prefix>-…`; call it inside a test. */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `postbag-${prefix}-`));
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
