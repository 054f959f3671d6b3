/**
 * Related letters, computed at build time: letters that share topics, people or
 * constituencies with this one, the strongest links first.
 */
import type { Letter } from './archive';

/**
 * How many letters of each shared topic, person or constituency are candidates:
 * the ones nearest in date to the letter (half before, half after). A common
 * topic is on most letters of the archive; scoring them all made each letter
 * page cost the archive's size, and the build quadratic. With the window a letter
 * page costs the same at 100,000 letters as at 100, and related letters are the
 * strongest links among letters of about the same time.
 */
export const RELATED_WINDOW = 400;

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

/** Orders letters newer first, then by slug: how ties between equally related letters are broken. */
const newerFirst = (x: Letter, y: Letter): number =>
  y.sortKey.localeCompare(x.sortKey) || x.slug.localeCompare(y.slug);

/**
 * For each topic, person and constituency id, the positions of the letters that
 * have it, each letter once. Built once per list of letters: scoring a letter is
 * then one pass over the lists it is on, instead of `relatedness` against every
 * other letter with fresh sets each time (which made related letters quadratic
 * with a large constant: most of a 10,000-letter build's rendering time).
 */
interface RelatedIndex {
  readonly topics: ReadonlyMap<string, readonly number[]>;
  readonly people: ReadonlyMap<string, readonly number[]>;
  readonly constituencies: ReadonlyMap<string, readonly number[]>;
  /** Scratch space, one score per letter, zero between queries. */
  readonly scores: Int32Array;
  /**
   * Each letter's rank in `newerFirst` order, so ties are broken by comparing two
   * numbers rather than two pairs of strings (most candidates tie on score).
   */
  readonly rank: Int32Array;
  /** Each letter's position in the list, by slug. */
  readonly positions: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<readonly Letter[], RelatedIndex>();

function postings(
  letters: readonly Letter[],
  idsOf: (letter: Letter) => readonly string[],
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  letters.forEach((letter, position) => {
    for (const id of new Set(idsOf(letter))) {
      const list = map.get(id);
      if (list === undefined) map.set(id, [position]);
      else list.push(position);
    }
  });
  return map;
}

const topicIds = (letter: Letter) => letter.allTopics.map((t) => t.id);
const constituencyIds = (letter: Letter) => letter.constituencies.map((c) => c.id);

function ranks(letters: readonly Letter[]): Int32Array {
  const rank = new Int32Array(letters.length);
  [...letters.keys()]
    .sort((a, b) => newerFirst(letters[a] as Letter, letters[b] as Letter))
    .forEach((position, i) => (rank[position] = i));
  return rank;
}

function relatedIndex(letters: readonly Letter[]): RelatedIndex {
  let index = indexes.get(letters);
  if (index === undefined) {
    index = {
      topics: postings(letters, topicIds),
      people: postings(letters, peopleOf),
      constituencies: postings(letters, constituencyIds),
      scores: new Int32Array(letters.length),
      rank: ranks(letters),
      positions: new Map(letters.map((l, position) => [l.slug, position])),
    };
    indexes.set(letters, index);
  }
  return index;
}

/** The `RELATED_WINDOW` entries of a posting list (positions, ascending) nearest to `position`. */
export function nearest(
  list: readonly number[],
  position: number,
  window = RELATED_WINDOW,
): readonly number[] {
  if (list.length <= window) return list;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - Math.floor(window / 2), list.length - window));
  return list.slice(start, start + window);
}

/**
 * Up to `limit` letters most related to `letter`, among the `RELATED_WINDOW`
 * nearest in date of each thing it shares; ties go to the newer letter, then by slug.
 */
export function relatedLetters(letter: Letter, letters: readonly Letter[], limit = 5): Letter[] {
  const { scores, rank, positions, ...lists } = relatedIndex(letters);
  const here = positions.get(letter.slug) ?? 0;
  // The same score as `relatedness`, summed over the letters that share each thing.
  const touched: number[] = [];
  const add = (
    postingLists: ReadonlyMap<string, readonly number[]>,
    ids: readonly string[],
    weight: number,
  ) => {
    for (const id of new Set(ids)) {
      for (const position of nearest(postingLists.get(id) ?? [], here)) {
        if (scores[position] === 0) touched.push(position);
        scores[position] = (scores[position] ?? 0) + weight;
      }
    }
  };
  add(lists.topics, topicIds(letter), RELATEDNESS_WEIGHTS.topic);
  add(lists.people, peopleOf(letter), RELATEDNESS_WEIGHTS.person);
  add(lists.constituencies, constituencyIds(letter), RELATEDNESS_WEIGHTS.constituency);

  // Keep the best `limit` as we go, strongest first, in two parallel arrays of
  // numbers: a common topic touches most letters, so this loop runs for nearly
  // every letter in the archive, once per letter page. Most candidates are
  // turned away by comparing two numbers with the weakest kept, without
  // allocating anything.
  const bestPositions: number[] = [];
  const bestScores: number[] = [];
  /** Whether (score, position) is stronger than the kept candidate at `i`: higher score, or newer. */
  const beats = (score: number, position: number, i: number): boolean => {
    const keptScore = bestScores[i] ?? 0;
    return (
      score > keptScore ||
      (score === keptScore && (rank[position] ?? 0) < (rank[bestPositions[i] ?? 0] ?? 0))
    );
  };
  for (const position of touched) {
    const score = scores[position] ?? 0;
    scores[position] = 0;
    if (limit <= 0) continue;
    if (bestPositions.length === limit && !beats(score, position, limit - 1)) continue;
    if (letters[position]?.slug === letter.slug) continue;
    let at = bestPositions.length;
    while (at > 0 && beats(score, position, at - 1)) at--;
    bestPositions.splice(at, 0, position);
    bestScores.splice(at, 0, score);
    if (bestPositions.length > limit) {
      bestPositions.pop();
      bestScores.pop();
    }
  }
  return bestPositions.flatMap((position) => letters[position] ?? []);
}
