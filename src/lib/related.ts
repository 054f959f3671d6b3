/**
 * Related letters, computed at build time: letters that share topics, people or
 * constituencies with this one, the strongest links first.
 */
import type { Letter } from './archive';

/** How much each shared thing counts towards relatedness. */
export const RELATEDNESS_WEIGHTS = { topic: 3, person: 2, constituency: 1 } as const;

/** The people on either side of a letter. */
const peopleOf = (letter: Letter): string[] =>
  [letter.from.person?.id, letter.to.person?.id].filter((id): id is string => id !== undefined);

const shared = (a: readonly string[], b: readonly string[]): number => {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
};

/** How related two letters are: 0 when they share nothing. */
export function relatedness(a: Letter, b: Letter): number {
  return (
    RELATEDNESS_WEIGHTS.topic *
      shared(
        a.allTopics.map((t) => t.id),
        b.allTopics.map((t) => t.id),
      ) +
    RELATEDNESS_WEIGHTS.person * shared(peopleOf(a), peopleOf(b)) +
    RELATEDNESS_WEIGHTS.constituency *
      shared(
        a.constituencies.map((c) => c.id),
        b.constituencies.map((c) => c.id),
      )
  );
}

/** Up to `limit` letters most related to `letter`; ties go to the newer letter, then by slug. */
export function relatedLetters(letter: Letter, letters: readonly Letter[], limit = 5): Letter[] {
  return letters
    .filter((other) => other.slug !== letter.slug)
    .map((other) => ({ other, score: relatedness(letter, other) }))
    .filter(({ score }) => score > 0)
    .sort(
      (x, y) =>
        y.score - x.score ||
        y.other.sortKey.localeCompare(x.other.sortKey) ||
        x.other.slug.localeCompare(y.other.slug),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
