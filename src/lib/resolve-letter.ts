/**
 * One letter, resolved from its entry: its slug and aliases claimed, its date
 * read, its body read into answers, its answers filed under topics and credited
 * to speakers, its correspondents looked up. Every problem is reported with the
 * letter's file and the field, and the letter is still built, so one run lists
 * every problem of every letter.
 */
import type { CorrespondentData, EntryRef, LetterData, SpeakerData } from '../model/schemas';
import { isCalendarDate } from '../model/calendar-date';
import { letterTextShared, readLetter, type Answer } from './answers';
import type {
  Correspondent,
  Entry,
  Letter,
  LetterAnswer,
  Person,
  Speaker,
  Topic,
} from './archive-model';
import { fileOf, type ContentProblem } from './content-problems';
import { letterSortKey, letterYear, type LetterDate } from './dates';
import { UNIDENTIFIED, UNIDENTIFIED_NAME } from './placeholders';
import type { Resolvers } from './resolve-entries';
import { isReservedLetterKey, isSlug, letterSlug, reservedKeyMessage } from './slugs';

/** What resolving a letter needs: the resolvers, the problems collector, and the slugs taken so far. */
export interface LetterContext {
  readonly resolve: Resolvers;
  readonly problems: ContentProblem[];
  readonly slugs: SlugRegistry;
}

/** The letter slugs and aliases taken so far, each by its file. */
export class SlugRegistry {
  readonly #owners = new Map<string, string>();
  readonly #problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    this.#problems = problems;
  }

  /** Takes `slug` for `file`, or reports why it cannot. */
  claim(slug: string, file: string, field: string): void {
    const owner = this.#owners.get(slug);
    if (isReservedLetterKey(slug)) {
      this.#problems.push({ file, field, message: reservedKeyMessage(slug) });
    } else if (owner !== undefined) {
      this.#problems.push({ file, field, message: `"${slug}" is already used by ${owner}` });
    } else {
      this.#owners.set(slug, file);
    }
  }
}

// The importer's placeholder (see placeholders.ts): a stand-in in a draft, an error in a letter to publish.
const UNIDENTIFIED_PERSON: Person = {
  id: UNIDENTIFIED,
  name: UNIDENTIFIED_NAME,
  honorific: undefined,
  unnamed: true,
  roles: [],
  links: [],
};

/** Tells whether `ref` is the importer's placeholder, reporting it in a letter to publish. */
function isPlaceholder(
  ref: EntryRef | undefined,
  draft: boolean,
  at: { file: string; field: string },
  problems: ContentProblem[],
): boolean {
  if (ref?.id !== UNIDENTIFIED) return false;
  if (!draft) {
    problems.push({
      ...at,
      message: `"${UNIDENTIFIED}" is the importer's placeholder; name the real entry before publishing`,
    });
  }
  return true;
}

function correspondentOf(
  data: CorrespondentData,
  at: { file: string; field: string; draft: boolean },
  ctx: LetterContext,
): Correspondent {
  const { file, field } = at;
  if (isPlaceholder(data.person, at.draft, { file, field: `${field}.person` }, ctx.problems)) {
    return { person: UNIDENTIFIED_PERSON, organisation: undefined };
  }
  return {
    person: ctx.resolve.person(data.person, file, `${field}.person`),
    organisation: ctx.resolve.organisation(data.organisation, file, `${field}.organisation`),
  };
}

/** Checks the file name's slug and the aliases, and claims them. */
function claimSlugs(entry: Entry<LetterData>, file: string, ctx: LetterContext): string {
  const slug = letterSlug(entry.id);
  if (!isSlug(slug)) {
    ctx.problems.push({
      file,
      field: 'file name',
      message: `"${slug}" is not a valid slug (lower-case words joined by hyphens)`,
    });
  }
  ctx.slugs.claim(slug, file, 'slug (file name)');
  entry.data.aliases.forEach((alias, i) => {
    ctx.slugs.claim(alias, file, `aliases[${i}]`);
  });
  return slug;
}

/** A letter's body read into answers, the speaker keys its quotes use, and its plain text. */
interface ReadBody {
  readonly answers: Answer[];
  readonly quotedKeys: string[];
  readonly text: string;
  readonly lede: string;
}

/** A markdown error's message, split into its place (`x.md:14:1`) and what it says. */
function placedMessage(file: string, error: unknown): { file: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith(file)) return { file, message };
  const place = /^(:\d+:\d+)?: /.exec(message.slice(file.length));
  if (place === null) return { file, message };
  return {
    file: `${file}${place[1] ?? ''}`,
    message: message.slice(file.length + place[0].length),
  };
}

function readBody(entry: Entry<LetterData>, file: string, problems: ContentProblem[]): ReadBody {
  const body = entry.body ?? '';
  if (body.trim() === '') problems.push({ file, field: 'body', message: 'the letter has no text' });
  try {
    const read = readLetter(body, file, entry.bodyLine);
    const { text, answers } = letterTextShared(read);
    return { answers, quotedKeys: read.speakerKeys, text, lede: read.lede };
  } catch (error) {
    // Markdown errors name the file and line themselves; say them once, as the problem's place.
    problems.push({ ...placedMessage(file, error), field: 'body' });
    return { answers: [], quotedKeys: [], text: '', lede: '' };
  }
}

type AnswerData = LetterData['answers'][number];

/** Reports an answer's old id that is already an answer id or another alias on the page. */
function checkAnswerAliases(
  data: readonly AnswerData[],
  answers: readonly Answer[],
  file: string,
  problems: ContentProblem[],
): void {
  data.forEach((a, i) => {
    a.aliases.forEach((alias, j) => {
      const taken =
        answers.some((x) => x.id === alias) ||
        data.some(
          (other, k) =>
            (k !== i || other.aliases.indexOf(alias) !== j) && other.aliases.includes(alias),
        );
      if (taken) {
        problems.push({
          file,
          field: `answers[${i}].aliases[${j}]`,
          message: `the old id "${alias}" is already an answer id or another alias on this page`,
        });
      }
    });
  });
}

/** The topics of each answer the frontmatter lists, by id; each listed answer must be in the body, once. */
function answerTopicsOf(
  data: readonly AnswerData[],
  answers: readonly Answer[],
  file: string,
  ctx: LetterContext,
): Map<string, Topic[]> {
  const topics = new Map<string, Topic[]>();
  data.forEach((a, i) => {
    const field = `answers[${i}].id`;
    if (topics.has(a.id)) {
      ctx.problems.push({ file, field, message: `answer "${a.id}" is listed twice` });
    }
    if (!answers.some((x) => x.id === a.id)) {
      const ids = answers.map((x) => x.id).join(', ') || 'none';
      ctx.problems.push({
        file,
        field,
        message: `no heading in the body has the id "${a.id}" (ids: ${ids})`,
      });
    }
    topics.set(
      a.id,
      a.topics.flatMap((t, j) => ctx.resolve.topic(t, file, `answers[${i}].topics[${j}]`) ?? []),
    );
  });
  checkAnswerAliases(data, answers, file, ctx.problems);
  return topics;
}

/**
 * A letter's speakers, resolved: each defined once, each quoted in the body
 * (`> [!quote key]`), and every quote's key defined.
 */
function speakersOf(
  data: readonly SpeakerData[],
  quotedKeys: readonly string[],
  file: string,
  ctx: LetterContext,
): Speaker[] {
  const speakers: Speaker[] = [];
  data.forEach((s, i) => {
    const field = `speakers[${i}]`;
    if (speakers.some((other) => other.key === s.id)) {
      ctx.problems.push({
        file,
        field: `${field}.id`,
        message: `speaker "${s.id}" is listed twice`,
      });
    } else if (!quotedKeys.includes(s.id)) {
      ctx.problems.push({
        file,
        field: `${field}.id`,
        message: `speaker "${s.id}" is never quoted; mark their words in the body with "> [!quote ${s.id}]"`,
      });
    }
    speakers.push({
      key: s.id,
      person: ctx.resolve.person(s.person, file, `${field}.person`),
      organisation: ctx.resolve.organisation(s.organisation, file, `${field}.organisation`),
      role: s.role,
    });
  });
  for (const key of quotedKeys.filter((k) => !data.some((s) => s.id === k))) {
    ctx.problems.push({
      file,
      field: 'body',
      message: `"[!quote ${key}]" names no speaker; add { id: ${key}, person: …, organisation: … } under speakers`,
    });
  }
  return speakers;
}

/** Reads a letter's date fields: a stated date, or an estimate with a note saying why. */
function letterDateOf(
  data: LetterData,
  file: string,
  problems: ContentProblem[],
): LetterDate | undefined {
  if (data.date !== undefined) {
    if (!isCalendarDate(data.date)) {
      problems.push({ file, field: 'date', message: `"${data.date}" is not a real date` });
      return undefined;
    }
    if (data.date_estimated !== undefined) {
      problems.push({
        file,
        field: 'date_estimated',
        message: 'a letter with a stated date needs no estimate; remove one of the two',
      });
    }
    return { kind: 'stated', date: data.date };
  }
  if (data.date_estimated === undefined) {
    problems.push({
      file,
      field: 'date',
      message: 'give the date on the letter, or date_estimated and date_note for an undated one',
    });
    return undefined;
  }
  if (data.date_note === undefined) {
    problems.push({
      file,
      field: 'date_note',
      message: 'an undated letter needs a note saying how its date was estimated',
    });
  }
  return { kind: 'estimated', estimate: data.date_estimated };
}

/** When a letter was added and corrected: real days, corrections oldest first and none before it was added. */
function recordDates(
  data: LetterData,
  file: string,
  problems: ContentProblem[],
): Pick<Letter, 'added' | 'corrections'> {
  const corrections = [...data.corrections].sort((a, b) => a.date.localeCompare(b.date));
  if (data.added !== undefined && !isCalendarDate(data.added))
    problems.push({ file, field: 'added', message: `"${data.added}" is not a real date` });
  data.corrections.forEach((c, i) => {
    if (!isCalendarDate(c.date))
      problems.push({
        file,
        field: `corrections[${i}].date`,
        message: `"${c.date}" is not a real date`,
      });
    else if (data.added !== undefined && c.date < data.added)
      problems.push({
        file,
        field: `corrections[${i}].date`,
        message: `${c.date} is before the letter was added (${data.added})`,
      });
  });
  return { added: data.added, corrections };
}

function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** The letter's answers with their topics, speakers and old ids. */
function letterAnswersOf(
  data: LetterData,
  read: ReadBody,
  file: string,
  ctx: LetterContext,
): { answers: LetterAnswer[]; speakers: Speaker[] } {
  const topics = answerTopicsOf(data.answers, read.answers, file, ctx);
  const speakers = speakersOf(data.speakers, read.quotedKeys, file, ctx);
  const answers = read.answers.map((a) => ({
    ...a,
    speaker: speakers.find((s) => s.key === a.speakerKey),
    topics: topics.get(a.id) ?? [],
    aliases: data.answers.find((d) => d.id === a.id)?.aliases ?? [],
  }));
  return { answers, speakers };
}

/** Resolves one letter, reporting its problems to `ctx.problems`. */
export function resolveLetter(entry: Entry<LetterData>, ctx: LetterContext): Letter {
  const file = fileOf(entry, 'letters');
  const { data } = entry;
  const slug = claimSlugs(entry, file, ctx);
  const date = letterDateOf(data, file, ctx.problems);
  const read = readBody(entry, file, ctx.problems);
  const { answers, speakers } = letterAnswersOf(data, read, file, ctx);
  const topics = data.topics.flatMap((t, i) => {
    const at = { file, field: `topics[${i}]` };
    return isPlaceholder(t, data.draft, at, ctx.problems)
      ? []
      : (ctx.resolve.topic(t, file, at.field) ?? []);
  });
  return {
    slug,
    file,
    title: data.title,
    date: date ?? { kind: 'estimated', estimate: '1970' },
    dateNote: data.date_note,
    sortKey: date === undefined ? '1970-07-01' : letterSortKey(date),
    year: date === undefined ? 1970 : letterYear(date),
    from: correspondentOf(data.from, { file, field: 'from', draft: data.draft }, ctx),
    fromRole: data.from_role,
    to: correspondentOf(data.to, { file, field: 'to', draft: data.draft }, ctx),
    reference: data.reference,
    inReplyTo: data.in_reply_to,
    constituencies: data.constituencies.flatMap(
      (c, i) => ctx.resolve.constituency(c, file, `constituencies[${i}]`) ?? [],
    ),
    topics,
    allTopics: uniqueById([...topics, ...answers.flatMap((a) => a.topics)]),
    answers,
    speakers,
    source: data.source,
    transcriptionNotes: data.transcription_notes,
    aliases: data.aliases,
    draft: data.draft,
    ...recordDates(data, file, ctx.problems),
    text: read.text,
    lede: read.lede,
  };
}
