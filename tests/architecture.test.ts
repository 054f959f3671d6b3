/**
 * The shape of the code, as the README draws it: dependencies run one way,
 * model → markdown → lib → data → pages, components, integrations and browser
 * code; no module imports itself through others; and nothing outside `tests/`
 * imports from `tests/`. Read from the import statements of every source file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** The layers of `src/`, lowest first: a module may import from its own layer or lower ones. */
const LAYERS: readonly (readonly string[])[] = [
  ['src/model'],
  ['src/markdown'],
  ['src/lib'],
  ['src/data'],
  [
    'src/integrations',
    'src/components',
    'src/layouts',
    'src/client',
    'src/pages',
    'src/middleware.ts',
  ],
  ['src/content.config.ts', 'astro.config.mjs'],
];

const SOURCE = /\.(ts|astro|mjs)$/;

function sourceFiles(folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f))
    .map((f) => join(folder, f));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g;

/** The project files a file imports, by path from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (spec === undefined) continue;
    const target = resolve(root, dirname(file), spec);
    const candidates = [target, `${target}.ts`, `${target}.astro`, join(target, 'index.ts')];
    const hit = candidates.find((c) => existsSync(c) && SOURCE.test(c));
    if (hit !== undefined) found.push(relative(root, hit));
  }
  return found;
}

const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

function layerOf(file: string): number | undefined {
  const index = LAYERS.findIndex((layer) =>
    layer.some((place) => file === place || file.startsWith(`${place}/`)),
  );
  return index === -1 ? undefined : index;
}

/** Every import cycle, each as the files on it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the architecture', () => {
  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/lib/archive.ts')).toContain('src/model/schemas.ts');
  });

  it('runs dependencies one way: model → markdown → lib → data → pages', () => {
    const upward = [...graph].flatMap(([file, targets]) => {
      const from = layerOf(file);
      if (from === undefined) return [];
      return targets
        .filter((target) => (layerOf(target) ?? -1) > from)
        .map((target) => `${file} imports ${target}`);
    });
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('has nothing outside tests/ import from tests/', () => {
    const intoTests = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => t.startsWith('tests/')).map((t) => `${file} imports ${t}`),
    );
    expect(intoTests).toEqual([]);
  });
});
