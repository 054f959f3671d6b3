import { afterEach, describe, expect, it } from 'vitest';
import { buildGlobal } from '../../src/lib/build-global';

const NAME = 'postbag.test-build-global';

describe('buildGlobal', () => {
  afterEach(() => {
    buildGlobal(NAME).set(undefined);
  });

  it('shares a value between two holders of one name, as two copies of a module would be', () => {
    const integration = buildGlobal<{ files: number }>(NAME);
    const page = buildGlobal<{ files: number }>(NAME);
    expect(page.get()).toBeUndefined();
    const value = { files: 3 };
    integration.set(value);
    expect(page.get()).toBe(value);
    page.set(undefined);
    expect(integration.get()).toBeUndefined();
  });

  it('keeps values of different names apart', () => {
    buildGlobal<string>(NAME).set('plan');
    expect(buildGlobal<string>(`${NAME}-other`).get()).toBeUndefined();
  });
});
