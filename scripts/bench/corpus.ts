/**
 * A synthetic archive for the benchmark: deterministic (seeded), and drawn from
 * the real content so it looks like it. Topics, organisations and constituencies
 * are copied from `content/`; about 150 people are the real ones plus invented
 * MPs and ministers holding roles in the real organisations and constituencies;
 * letter text is sampled from a Zipf-like vocabulary whose commonest words are
 * the real letters' words in their real order of frequency, with a long tail of
 * invented words (names, places) that grows with the corpus as Heaps' law says a
 * real vocabulary does.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { letterBody, readLetterSource } from '../../src/markdown/letter-body.ts';

/** What to generate. */
export interface CorpusOptions {
  /** How many letters. */
  readonly letters: number;
  /** The seed: the same seed and count give the same corpus, byte for byte. */
  readonly seed: number;
  /** The real content folder to draw from. */
  readonly from: string;
  /** Where to write the corpus (a content folder); emptied first. */
  readonly to: string;
}

/** What was generated. */
export interface CorpusSummary {
  readonly letters: number;
  readonly undated: number;
  readonly answers: number;
  readonly people: number;
  readonly words: number;
  readonly vocabulary: number;
}

/** How many people the corpus has, as the issue asks. */
export const PEOPLE = 150;
/** The years letters are spread over. */
export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2025;
/** One letter in this many is undated. */
const UNDATED_ONE_IN = 60;

/** mulberry32: a small, fast, seedable generator; quality is ample for sampling text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));
const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
/** `count` different items, in a random order. */
const pickSome = <T>(random: Random, items: readonly T[], count: number): T[] => {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  }
  return chosen;
};

/** The real letters' words, commonest first (ties alphabetically, so the order is stable). */
export function realVocabulary(lettersDir: string): string[] {
  const counts = new Map<string, number>();
  for (const file of readdirSync(lettersDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    const body = letterBody(readFileSync(join(lettersDir, file), 'utf8'));
    for (const word of body.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([word]) => word);
}

const SYLLABLES = [
  'ash', 'bar', 'bourne', 'brook', 'by', 'caster', 'chester', 'dale', 'den', 'don', 'field',
  'ford', 'gate', 'ham', 'hurst', 'ing', 'ley', 'low', 'mar', 'mere', 'mouth', 'ness', 'ock',
  'port', 'ridge', 'sey', 'stead', 'stock', 'ton', 'wick', 'well', 'win', 'worth', 'wold',
]; // prettier-ignore

/** An invented word for a rank past the real vocabulary: place- and surname-like, capitalised. */
function tailWord(rank: number): string {
  let n = rank;
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length] ?? '';
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Samples ranks 0…size-1 with probability about 1/(rank+1) (Zipf, exponent 1), by inverting its CDF. */
function zipfRank(random: Random, size: number): () => number {
  const logSize = Math.log(size + 1);
  return () => Math.min(size - 1, Math.floor(Math.exp(random() * logSize)) - 1);
}

/** Samples words by rank with probability about 1/rank: real words first, then invented ones. */
function zipfSampler(random: Random, real: readonly string[], size: number): () => string {
  const rank = zipfRank(random, size);
  return () => {
    const r = rank();
    return real[r] ?? tailWord(r - real.length);
  };
}

const FIRST_NAMES = [
  'Alex', 'Alison', 'Amir', 'Angela', 'Anna', 'Ben', 'Bridget', 'Catherine', 'Chris', 'Claire',
  'Daniel', 'David', 'Emma', 'Fatima', 'Gareth', 'Helen', 'Imran', 'James', 'Jo', 'Kate', 'Kemi',
  'Liam', 'Louise', 'Mark', 'Nadia', 'Oliver', 'Priya', 'Rachel', 'Rhys', 'Sarah', 'Simon', 'Tom',
]; // prettier-ignore
const SURNAMES = [
  'Ahmed', 'Baker', 'Campbell', 'Davies', 'Evans', 'Fletcher', 'Green', 'Hughes', 'Iqbal',
  'Jones', 'Khan', 'Lewis', 'Morgan', 'Nolan', 'Owen', 'Patel', 'Quinn', 'Roberts', 'Shah',
  'Taylor', 'Turner', 'Walsh', 'Watson', 'Wright', 'Young',
]; // prettier-ignore
const POSTS = ['Minister of State', 'Parliamentary Under-Secretary of State', 'Secretary of State'];

interface Catalogue {
  topics: { id: string; title: string; keywords: string[] }[];
  organisations: { id: string; kind: string }[];
  constituencies: string[];
}

function readCatalogue(from: string): Catalogue {
  const ids = (folder: string) =>
    readdirSync(join(from, folder))
      .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
      .sort()
      .map((f) => ({
        id: f.replace(/\.yaml$/, ''),
        data: parse(readFileSync(join(from, folder, f), 'utf8')) as Record<string, unknown>,
      }));
  return {
    topics: ids('topics').map(({ id, data }) => ({
      id,
      title: String(data['title']),
      keywords: (data['keywords'] as string[] | undefined) ?? [],
    })),
    organisations: ids('organisations').map(({ id, data }) => ({ id, kind: String(data['kind']) })),
    constituencies: ids('constituencies').map(({ id }) => id),
  };
}

interface SyntheticPerson {
  id: string;
  name: string;
  role: string;
  organisation: string | undefined;
}

/** The real people plus invented ones, `PEOPLE` in all, each with the role they write in. */
function people(random: Random, from: string, catalogue: Catalogue): SyntheticPerson[] {
  const real = readdirSync(join(from, 'people'))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(from, 'people', f), 'utf8')) as {
        name: string;
        roles?: { title: string; organisation?: string }[];
      };
      return {
        id: f.replace(/\.yaml$/, ''),
        name: data.name,
        role: data.roles?.[0]?.title ?? 'Member of Parliament',
        organisation: data.roles?.[0]?.organisation,
      };
    });
  const departments = catalogue.organisations.filter((o) => o.kind === 'government-department');
  const invented: SyntheticPerson[] = [];
  for (let i = 0; invented.length < PEOPLE - real.length; i++) {
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`;
    const id = `${name.toLowerCase().replace(/\s+/g, '-')}-${i}`;
    const minister = departments.length > 0 && random() < 0.3;
    const department = minister ? pick(random, departments) : undefined;
    invented.push({
      id,
      name,
      role: department ? pick(random, POSTS) : 'Member of Parliament',
      organisation: department?.id ?? 'house-of-commons',
    });
  }
  return [...real, ...invented];
}

function personYaml(person: SyntheticPerson, random: Random, catalogue: Catalogue): string {
  const constituency =
    person.role === 'Member of Parliament' ? pick(random, catalogue.constituencies) : undefined;
  return [
    `name: ${JSON.stringify(person.name)}`,
    'honorific: MP',
    'roles:',
    `  - title: ${JSON.stringify(person.role)}`,
    ...(person.organisation ? [`    organisation: ${person.organisation}`] : []),
    ...(constituency ? [`    constituency: ${constituency}`] : []),
    `    from: "${FIRST_YEAR}-01-01"`,
    '',
  ].join('\n');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Copies the catalogue and writes the people; returns everyone who writes or receives letters. */
function writeCatalogue(
  options: CorpusOptions,
  random: Random,
  catalogue: Catalogue,
): SyntheticPerson[] {
  rmSync(options.to, { recursive: true, force: true });
  for (const folder of ['topics', 'organisations', 'constituencies']) {
    cpSync(join(options.from, folder), join(options.to, folder), { recursive: true });
  }
  mkdirSync(join(options.to, 'people'), { recursive: true });
  const everyone = people(random, options.from, catalogue);
  for (const person of everyone) {
    writeFileSync(
      join(options.to, 'people', `${person.id}.yaml`),
      personYaml(person, random, catalogue),
    );
  }
  return everyone;
}

/** What every letter is made from: the random source, the catalogue, the people and the words. */
interface LetterMaker {
  readonly random: Random;
  readonly catalogue: Catalogue;
  readonly everyone: readonly SyntheticPerson[];
  readonly sender: () => SyntheticPerson;
  readonly paragraph: (extra?: readonly string[]) => string;
  readonly seed: number;
}

/** Sentences and paragraphs of Zipf-distributed words, and Zipf-distributed senders. */
function letterMaker(
  options: CorpusOptions,
  random: Random,
  catalogue: Catalogue,
  everyone: SyntheticPerson[],
) {
  const real = realVocabulary(join(options.from, 'letters'));
  // Heaps' law, V = K·n^β with K = 40, β = 0.5, for ~450 words a letter.
  const vocabulary = Math.max(real.length, Math.round(40 * Math.sqrt(options.letters * 450)));
  const word = zipfSampler(random, real, vocabulary);
  // A few prolific correspondents write most letters, as in life: senders are Zipf-like too.
  const senderRank = zipfRank(random, everyone.length);
  const sender = (): SyntheticPerson => {
    const person = everyone[senderRank()];
    if (person === undefined) throw new Error('no people to send letters');
    return person;
  };
  const sentence = (extra: readonly string[] = []) => {
    const words = Array.from({ length: between(random, 8, 24) }, word);
    for (const keyword of extra) words.splice(between(random, 1, words.length), 0, keyword);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (extra: readonly string[] = []) =>
    Array.from({ length: between(random, 2, 5) }, (_, i) => sentence(i === 0 ? extra : [])).join(
      ' ',
    );
  const maker: LetterMaker = { random, catalogue, everyone, sender, paragraph, seed: options.seed };
  return { maker, vocabulary };
}

type Topic = Catalogue['topics'][number];

/** A letter's text: salutation, opening, numbered answers on its topics, closing. */
function letterText(
  maker: LetterMaker,
  topics: readonly Topic[],
  to: SyntheticPerson | undefined,
  from: SyntheticPerson,
) {
  const { random, paragraph } = maker;
  const answerCount = between(random, 3, 12);
  const body: string[] = [`Dear ${to?.name ?? 'Members of the Forum'},`, paragraph()];
  const answerTopics: string[] = [];
  for (let a = 1; a <= answerCount; a++) {
    const topic = pick(random, topics);
    const id = `answer-${a}`;
    body.push(`## ${a}. ${topic.title} {#${id}}`);
    const keywords = pickSome(random, topic.keywords, 2);
    for (let p = between(random, 1, 3); p > 0; p--) body.push(paragraph(keywords));
    if (random() < 0.6) {
      answerTopics.push(`  - id: ${id}`, '    topics:', `      - ${topic.id}`);
    }
  }
  body.push('Yours sincerely,', from.name.toUpperCase());
  return { text: body.join('\n\n'), answerCount, answerTopics };
}

/** One synthetic letter: where it goes, its file's text, and what it holds. */
function syntheticLetter(maker: LetterMaker, i: number, width: number) {
  const { random, catalogue, everyone } = maker;
  const from = maker.sender();
  const recipientIsOrganisation = random() < 0.3;
  const to = recipientIsOrganisation ? undefined : pick(random, everyone);
  const toOrganisation = recipientIsOrganisation
    ? pick(random, catalogue.organisations).id
    : undefined;
  const year = between(random, FIRST_YEAR, LAST_YEAR);
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  const isUndated = random() * UNDATED_ONE_IN < 1;
  const stamp = isUndated ? `${year}` : `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  const slug = `${stamp}-${from.id}-${pad(i, width)}`;
  const topics = pickSome(random, catalogue.topics, between(random, 1, 4));
  const { text, answerCount, answerTopics } = letterText(maker, topics, to, from);
  const department = from.organisation !== 'house-of-commons' ? from.organisation : undefined;
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(`${topics[0]?.title ?? 'Letter'} (letter ${i + 1})`)}`,
    ...(isUndated
      ? [
          `date_estimated: "${year}-${pad(month, 2)}"`,
          'date_note: The letter states no date; the benchmark estimates its month.',
        ]
      : [`date: "${stamp}"`]),
    'from:',
    `  person: ${from.id}`,
    ...(department ? [`  organisation: ${department}`] : []),
    `from_role: ${JSON.stringify(from.role)}`,
    'to:',
    ...(to ? [`  person: ${to.id}`] : [`  organisation: ${toOrganisation ?? ''}`]),
    ...(department ? [`reference: PO-${pad(between(random, 0, 9_999_999), 7)}`] : []),
    ...(random() < 0.5 ? ['constituencies:', `  - ${pick(random, catalogue.constituencies)}`] : []),
    'topics:',
    ...topics.map((t) => `  - ${t.id}`),
    ...(answerTopics.length > 0 ? ['answers:', ...answerTopics] : []),
    'source:',
    `  description: Generated by the benchmark (seed ${maker.seed}); not a real letter.`,
    '---',
    '',
  ];
  return {
    folder: String(year),
    file: `${slug}.md`,
    source: `${frontmatter.join('\n')}${text}\n`,
    undated: isUndated,
    answers: answerCount,
    words: text.split(/\s+/).length,
  };
}

/** Writes the corpus into `options.to` and says what it holds. */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const random = seededRandom(options.seed);
  const catalogue = readCatalogue(options.from);
  const everyone = writeCatalogue(options, random, catalogue);
  const { maker, vocabulary } = letterMaker(options, random, catalogue, everyone);
  const summary = {
    letters: options.letters,
    undated: 0,
    answers: 0,
    people: everyone.length,
    words: 0,
    vocabulary,
  };
  const width = String(options.letters).length;
  for (let i = 0; i < options.letters; i++) {
    const letter = syntheticLetter(maker, i, width);
    const folder = join(options.to, 'letters', letter.folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, letter.file), letter.source);
    summary.undated += letter.undated ? 1 : 0;
    summary.answers += letter.answers;
    summary.words += letter.words;
  }
  return summary;
}

/** An answer heading: `##` to `####` at the start of a line. */
const ANSWER_HEADING = /^#{2,4}\s/gm;

/**
 * The same figures as `generateCorpus` gives, read from an existing content folder
 * (`npm run bench -- --corpus DIR`): letters, undated letters (no `date`), answer
 * headings, people, words and distinct words (case folded) of the letters' bodies.
 */
export function summariseCorpus(contentDir: string): CorpusSummary {
  const lettersDir = join(contentDir, 'letters');
  const summary = { letters: 0, undated: 0, answers: 0, people: 0, words: 0, vocabulary: 0 };
  const distinct = new Set<string>();
  for (const file of readdirSync(lettersDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    const { frontmatter, body } = readLetterSource(readFileSync(join(lettersDir, file), 'utf8'));
    summary.letters++;
    if (frontmatter['date'] === undefined) summary.undated++;
    summary.answers += body.match(ANSWER_HEADING)?.length ?? 0;
    const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    summary.words += words.length;
    for (const word of words) distinct.add(word.toLowerCase());
  }
  const people = join(contentDir, 'people');
  summary.people = readdirSync(people, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(ya?ml|json|md)$/.test(f),
  ).length;
  summary.vocabulary = distinct.size;
  return summary;
}
