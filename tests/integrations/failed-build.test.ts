import { describe, expect, it } from 'vitest';
import { isRemovableOutDir } from '../../src/integrations/failed-build';

describe('the output folder a failed build removes', () => {
  it('is a folder inside the project', () => {
    expect(isRemovableOutDir('/site/dist', '/site')).toBe(true);
    expect(isRemovableOutDir('/site/node_modules/.cache/x/dist', '/site')).toBe(true);
  });

  it('is never the project itself, a folder above it, or the project’s sibling', () => {
    expect(isRemovableOutDir('/site', '/site')).toBe(false);
    expect(isRemovableOutDir('/site/', '/site')).toBe(false);
    expect(isRemovableOutDir('/', '/site')).toBe(false);
    expect(isRemovableOutDir('/elsewhere/dist', '/site')).toBe(false);
  });
});
