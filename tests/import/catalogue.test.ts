import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../scripts/import/catalogue.ts';
import { ROOT } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'postbag-catalogue-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the importer’s catalogue', () => {
  it('reads people, organisations and topics through the content model', () => {
    const catalogue = loadCatalogue(join(ROOT, 'content'));
    const trott = catalogue.people.find((p) => p.id === 'laura-trott');
    expect(trott?.name).toBe('Laura Trott');
    expect(catalogue.topics.length).toBeGreaterThan(0);
  });

  it('refuses an entry the site would refuse, naming the file and field', () => {
    for (const folder of ['people', 'organisations', 'topics']) {
      cpSync(join(ROOT, 'content', folder), join(dir, folder), { recursive: true });
    }
    writeFileSync(
      join(dir, 'people', 'bad.yaml'),
      'name: Bad\nlinks:\n  - label: x\n    url: "javascript:alert(1)"\n',
    );
    expect(() => loadCatalogue(dir)).toThrow(
      /people\/bad\.yaml: links\.0\.url: expected a web address/,
    );
  });
});
