import type { Node, Parent } from 'unist';
import { visit as unistVisit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, visit } from '../../src/markdown/visit.ts';

/** A tree node with a name, so a walk's steps can be told apart. */
interface Named extends Parent {
  name: string;
}

/** A small deterministic generator, so the trees are the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TYPES = ['element', 'text', 'heading', 'blockquote'] as const;

/** A tree of up to `depth` levels, its nodes named by their path ("0.2.1"). */
function tree(next: () => number, depth: number, name = '0'): Named {
  const type = name === '0' ? 'root' : (TYPES[Math.floor(next() * TYPES.length)] ?? 'text');
  const count = depth === 0 || type === 'text' ? 0 : Math.floor(next() * 5);
  const node: Named = { type, name, children: [] };
  for (let i = 0; i < count; i++) node.children.push(tree(next, depth - 1, `${name}.${i}`));
  return node;
}

type Step = (node: Named, index: number | undefined, parent: Named | undefined) => unknown;

/**
 * Visitors that answer as the letter plugins do: nothing, SKIP, EXIT, an index,
 * [SKIP, index] after splicing, and replacing a node in its parent.
 */
const BEHAVIOURS: Record<string, (seen: number) => Step> = {
  'goes everywhere': () => () => undefined,
  'skips every third node’s children': (seen) => () => (seen % 3 === 0 ? SKIP : undefined),
  'stops at the seventh node': (seen) => () => (seen === 7 ? EXIT : undefined),
  'stops with a tuple': (seen) => () => (seen === 5 ? [EXIT] : undefined),
  'inserts a node before every fourth and goes on after it': (seen) => (node, index, parent) => {
    if (seen % 4 !== 1 || index === undefined || parent === undefined) return undefined;
    parent.children.splice(index, 0, { type: 'inserted', name: `${node.name}+` } as Named);
    return [SKIP, index + 2];
  },
  'unwraps every fifth node into its children and visits them': (seen) => (node, index, parent) => {
    if (seen % 5 !== 2 || index === undefined || parent === undefined) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  },
  'replaces every third node with a wrapper': (seen) => (node, index, parent) => {
    if (seen % 3 !== 0 || index === undefined || parent === undefined) return undefined;
    parent.children[index] = { type: 'wrapper', name: `[${node.name}]`, children: [node] } as Named;
    return SKIP;
  },
  'returns a bare index, going back once': (seen) => (_node, index) =>
    seen === 3 && index !== undefined ? Math.max(index - 1, 0) : undefined,
};

/** Walks a copy of `root` with `walker`, recording every step, and returns the steps and the tree. */
function run(
  walker: (root: Named, type: string | undefined, visitor: Step) => void,
  root: Named,
  type: string | undefined,
  behaviour: (seen: number) => Step,
): { steps: string[]; tree: Named } {
  const copy = structuredClone(root);
  const steps: string[] = [];
  walker(copy, type, (node, index, parent) => {
    steps.push(`${node.name} at ${index ?? '-'} in ${parent?.name ?? '-'}`);
    // "seen" counts the steps, so the second walk answers as the first did, step by step.
    return behaviour(steps.length)(node, index, parent);
  });
  return { steps, tree: copy };
}

const ours = (root: Named, type: string | undefined, visitor: Step): void => {
  if (type === undefined) visit(root as Node, visitor as never);
  else visit(root as Node, type, visitor as never);
};
const theirs = (root: Named, type: string | undefined, visitor: Step): void => {
  if (type === undefined) unistVisit(root as Node, visitor as never);
  else unistVisit(root as Node, type, visitor as never);
};

describe('visit', () => {
  const trees = Array.from({ length: 40 }, (_, seed) => tree(random(seed + 1), 4));

  for (const [name, behaviour] of Object.entries(BEHAVIOURS)) {
    for (const type of [undefined, 'element', 'heading']) {
      it(`${name}, ${type ?? 'every node'}: the same steps and tree as unist-util-visit`, () => {
        let steps = 0;
        for (const root of trees) {
          const expected = run(theirs, root, type, behaviour);
          const actual = run(ours, root, type, behaviour);
          expect(actual).toEqual(expected);
          steps += expected.steps.length;
        }
        // The trees are not trivial: the walks took many steps.
        expect(steps).toBeGreaterThan(40);
      });
    }
  }

  it('refuses a test without a visitor', () => {
    const withoutVisitor = visit as unknown as (tree: Node, type: string) => void;
    expect(() => {
      withoutVisitor({ type: 'root' }, 'element');
    }).toThrow('visit(tree, "element") needs a visitor');
  });
});
