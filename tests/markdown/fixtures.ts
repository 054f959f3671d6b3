/**
 * Fixture cases for the markdown plugins, after unified's own habit:
 * `tests/markdown/fixtures/<plugin>/<case>/{input.md, output.html}`, one
 * behaviour per case. A case's folder name is its test name, so it reads as a
 * sentence ("keeps-a-plain-blockquote" → "keeps a plain blockquote").
 *
 * `UPDATE_FIXTURES=1` writes output.html from the current output instead of
 * comparing; read every changed file before committing to it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { letterBody } from '../../src/markdown/letter-body.ts';

const root = join(import.meta.dirname, 'fixtures');

/** One fixture case: its name as a sentence and its markdown input. */
export interface FixtureCase {
  name: string;
  input: string;
  outputPath: string;
}

/** Lists the fixture cases of one plugin, in folder-name order. */
export function fixtureCases(plugin: string): FixtureCase[] {
  const folder = join(root, plugin);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name: name.replaceAll('-', ' '),
      input: readFileSync(join(folder, name, 'input.md'), 'utf8'),
      outputPath: join(folder, name, 'output.html'),
    }));
}

/** Declares one test per fixture case of `plugin`, comparing `render(input)` with output.html. */
export function testFixtures(plugin: string, render: (markdown: string) => Promise<string>): void {
  const cases = fixtureCases(plugin);
  // A plugin folder with no cases would make its fixture tests pass vacuously.
  it(`has fixture cases for ${plugin}`, () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const fixture of cases) {
    it(fixture.name, async () => {
      const actual = await render(fixture.input);
      if (process.env['UPDATE_FIXTURES'] === '1') {
        writeFileSync(fixture.outputPath, actual);
        return;
      }
      expect(existsSync(fixture.outputPath), `missing ${fixture.outputPath}`).toBe(true);
      expect(actual).toBe(readFileSync(fixture.outputPath, 'utf8'));
    });
  }
}

/** Markdown to compare two renderers or parsers on. */
export interface MarkdownDocument {
  name: string;
  markdown: string;
}

/**
 * Every fixture input of every plugin folder, then the body of every real letter
 * in `content/letters/`: the markdown the site is known to meet.
 */
export function everyFixtureAndLetter(): MarkdownDocument[] {
  const fixtures = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((plugin) =>
      fixtureCases(plugin).map((fixture) => ({
        name: `${plugin}: ${fixture.name}`,
        markdown: fixture.input,
      })),
    );
  const letters = join(import.meta.dirname, '../../content/letters');
  const bodies = readdirSync(letters, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      name: `content/letters/${name}`,
      markdown: letterBody(readFileSync(join(letters, name), 'utf8')),
    }));
  return [...fixtures, ...bodies];
}
