import { describe, expect, it } from 'vitest';
import {
  AnswerIdRegistry,
  DuplicateAnswerIdError,
  InvalidAnswerIdError,
  answerSlug,
  assignAnswerIds,
  isAnswerDepth,
  parsePinnedId,
} from '../../src/markdown/answer-ids.ts';
import { ID_PATTERN } from '../../src/model/ids.ts';

describe('parsePinnedId', () => {
  it('splits a trailing {#id} from the heading text', () => {
    expect(parsePinnedId('Housing targets {#housing}')).toEqual({
      text: 'Housing targets',
      id: 'housing',
      editorial: false,
    });
  });

  it('leaves a heading without a pinned id as it is', () => {
    expect(parsePinnedId('Housing targets ')).toEqual({
      text: 'Housing targets',
      id: undefined,
      editorial: false,
    });
  });

  it('only takes the id at the end of the heading', () => {
    expect(parsePinnedId('The {#draft} plan')).toEqual({
      text: 'The {#draft} plan',
      id: undefined,
      editorial: false,
    });
  });

  it('returns a malformed id as written so it can be reported', () => {
    expect(parsePinnedId('Housing {#Housing Targets}')).toEqual({
      text: 'Housing',
      id: 'Housing Targets',
      editorial: false,
    });
  });

  it('ignores braces without a hash', () => {
    expect(parsePinnedId('Costs {see annex}')).toEqual({
      text: 'Costs {see annex}',
      id: undefined,
      editorial: false,
    });
  });

  it('reads a heading the editors added, with or without an id, the marks in either order', () => {
    const editorial = { text: 'Rural health', id: 'rural', editorial: true };
    expect(parsePinnedId('Rural health {#rural .editorial}')).toEqual(editorial);
    expect(parsePinnedId('Rural health {.editorial #rural}')).toEqual(editorial);
    expect(parsePinnedId('Rural health {.editorial}')).toEqual({
      text: 'Rural health',
      id: undefined,
      editorial: true,
    });
  });

  it('returns an unknown mark or a second id as the id, so it is reported rather than shown', () => {
    expect(parsePinnedId('Rural {#rural .editor}').id).toBe('rural .editor');
    expect(parsePinnedId('Rural {#a #b}').id).toBe('a #b');
    expect(parsePinnedId('Rural {.editorial}').text).toBe('Rural');
  });
});

describe('answerSlug', () => {
  it('makes GitHub-style slugs from heading text', () => {
    expect(answerSlug('GP access in Mid Bedfordshire')).toBe('gp-access-in-mid-bedfordshire');
    expect(answerSlug('What happens next?')).toBe('what-happens-next');
    expect(answerSlug('1. Housing targets')).toBe('1-housing-targets');
  });

  it('folds accents so the id fits the content schema', () => {
    expect(answerSlug('Café licensing')).toBe('cafe-licensing');
    expect(answerSlug('Café licensing')).toMatch(ID_PATTERN);
  });

  it('trims hyphens left at the edges by punctuation', () => {
    expect(answerSlug('— Housing —')).toBe('housing');
  });
});

describe('isAnswerDepth', () => {
  it('counts h2 to h4 as answers and nothing else', () => {
    expect([1, 2, 3, 4, 5, 6].filter(isAnswerDepth)).toEqual([2, 3, 4]);
  });
});

describe('AnswerIdRegistry', () => {
  it('gives each numbered answer a stable id', () => {
    const registry = new AnswerIdRegistry('x.md');
    expect(registry.assign({ text: '1. Housing targets' })).toBe('1-housing-targets');
    expect(registry.assign({ text: '2. GP access' })).toBe('2-gp-access');
  });

  it('prefers the pinned id to the slug', () => {
    expect(new AnswerIdRegistry().assign({ text: 'Housing targets', pinnedId: 'housing' })).toBe(
      'housing',
    );
  });

  it('fails on a duplicate answer id naming the file', () => {
    const registry = new AnswerIdRegistry('content/letters/2024/x.md');
    registry.assign({ text: 'Housing targets' });
    const again = () => registry.assign({ text: 'Housing targets' });
    expect(again).toThrow(DuplicateAnswerIdError);
    expect(again).toThrow('content/letters/2024/x.md: duplicate answer id "housing-targets"');
  });

  it('carries the file and id on the error for tools to use', () => {
    const registry = new AnswerIdRegistry('x.md');
    registry.assign({ text: 'A' });
    try {
      registry.assign({ text: 'B', pinnedId: 'a' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DuplicateAnswerIdError);
      expect(error).toMatchObject({ file: 'x.md', id: 'a', name: 'DuplicateAnswerIdError' });
    }
  });

  it('fails on a pinned id that is not lower-case letters, digits and hyphens', () => {
    const registry = new AnswerIdRegistry('x.md');
    for (const bad of ['Housing', 'housing_targets', '-housing', '', 'housing targets']) {
      expect(() => registry.assign({ text: 'Housing', pinnedId: bad }), bad).toThrow(
        InvalidAnswerIdError,
      );
    }
    expect(() => registry.assign({ text: 'Housing', pinnedId: 'Housing' })).toThrow(
      'x.md: invalid pinned answer id "Housing"',
    );
  });

  it('fails on a heading whose slug is empty, suggesting a pinned id', () => {
    expect(() => new AnswerIdRegistry('x.md').assign({ text: '???' })).toThrow(
      'x.md: heading "???" gives no usable answer id ("")',
    );
  });

  it('fails on a heading in a script the slug cannot spell in ASCII', () => {
    expect(() => new AnswerIdRegistry('x.md').assign({ text: 'Tai chwarae' })).not.toThrow();
    expect(() => new AnswerIdRegistry('x.md').assign({ text: 'Ολυμπία' })).toThrow(
      InvalidAnswerIdError,
    );
  });
});

describe('assignAnswerIds', () => {
  it('assigns ids to raw heading texts in order', () => {
    expect(assignAnswerIds(['Housing targets {#housing}', 'Housing targets'])).toEqual([
      'housing',
      'housing-targets',
    ]);
  });

  it('fails on a duplicate answer id naming the file', () => {
    expect(() => assignAnswerIds(['Housing', 'Other {#housing}'], 'y.md')).toThrow(
      'y.md: duplicate answer id "housing"',
    );
  });
});
