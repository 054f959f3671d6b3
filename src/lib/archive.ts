/**
 * The archive: every content entry resolved into linked, checked domain objects.
 *
 * Astro's `reference()` only logs a reference to a missing entry, and zod cannot
 * see across files, so this module checks what spans entries (references, dates,
 * duplicate slugs and aliases, answer ids, empty bodies) and throws one
 * `ContentError` listing every problem with its file and field. Nothing here
 * imports Astro: `src/data/archive.ts` feeds it the collections.
 */
import { letterPlainText, readLetter, type Answer } from './answers';
import { isCalendarDate, letterSortKey, letterYear, type LetterDate } from './dates';
import { sortNewestFirst } from './letters';
import { UNIDENTIFIED, UNIDENTIFIED_NAME } from './placeholders';
import { isReservedLetterKey, isSlug, letterSlug, reservedKeyMessage } from './slugs';

/** A reference to another entry, as Astro's `reference()` leaves it. */
export interface EntryRef {
  readonly id: string;
  readonly collection: string;
}

/** A content entry as a collection loader gives it. */
export interface Entry<D> {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly body?: string | undefined;
  readonly data: D;
}

/** A link to an official page. */
export interface Link {
  readonly label: string;
  readonly url: string;
}

interface CorrespondentData {
  readonly person?: EntryRef | undefined;
  readonly organisation?: EntryRef | undefined;
}

interface SpeakerData extends CorrespondentData {
  readonly id: string;
  readonly role?: string | undefined;
}

/** A letter's frontmatter after schema validation. */
export interface LetterData {
  readonly title: string;
  readonly date?: string | undefined;
  readonly date_estimated?: string | undefined;
  readonly date_note?: string | undefined;
  readonly from: CorrespondentData;
  readonly from_role?: string | undefined;
  readonly to: CorrespondentData;
  readonly reference?: string | undefined;
  readonly in_reply_to?: string | undefined;
  readonly constituencies: readonly EntryRef[];
  readonly topics: readonly EntryRef[];
  /** People or bodies the letter quotes; the schema defaults it to none. */
  readonly speakers?: readonly SpeakerData[] | undefined;
  readonly answers: readonly {
    readonly id: string;
    readonly topics: readonly EntryRef[];
    /** Old ids kept as anchors; the schema defaults it to none. */
    readonly aliases?: readonly string[] | undefined;
  }[];
  readonly source: {
    readonly url?: string | undefined;
    readonly file?: string | undefined;
    readonly description: string;
  };
  readonly transcription_notes: readonly string[];
  readonly aliases: readonly string[];
  readonly draft: boolean;
  /** The day the letter was added to the archive, if recorded. */
  readonly added?: string | undefined;
  /** Dated corrections; the schema defaults it to none. */
  readonly corrections?: readonly Correction[] | undefined;
}

/** A correction to a letter's transcription, made after it was published. */
export interface Correction {
  /** The day of the correction, YYYY-MM-DD. */
  readonly date: string;
  /** What was corrected, in the editors' words. */
  readonly note: string;
}

/** A person's data after schema validation. */
export interface PersonData {
  readonly name: string;
  readonly honorific?: string | undefined;
  readonly unnamed: boolean;
  readonly roles: readonly {
    readonly title: string;
    readonly organisation?: EntryRef | undefined;
    readonly constituency?: EntryRef | undefined;
    readonly from?: string | undefined;
    readonly to?: string | undefined;
  }[];
  readonly links: readonly Link[];
}

/** An organisation's data after schema validation. */
export interface OrganisationData {
  readonly name: string;
  readonly short_name?: string | undefined;
  readonly kind: string;
  readonly parent?: EntryRef | undefined;
  readonly description?: string | undefined;
  readonly links: readonly Link[];
}

/** A topic's data after schema validation. */
export interface TopicData {
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly related: readonly EntryRef[];
}

/** A constituency's data after schema validation. */
export interface ConstituencyData {
  readonly name: string;
  readonly nation: string;
}

/** Every collection, as loaded. */
export interface ArchiveInput {
  readonly letters: readonly Entry<LetterData>[];
  readonly people: readonly Entry<PersonData>[];
  readonly organisations: readonly Entry<OrganisationData>[];
  readonly topics: readonly Entry<TopicData>[];
  readonly constituencies: readonly Entry<ConstituencyData>[];
}

/** A constituency of the House of Commons. */
export interface Constituency {
  readonly id: string;
  readonly name: string;
  readonly nation: string;
}

/** A department, NHS body, council, parliament or community group. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | undefined;
  readonly kind: string;
  readonly parentId: string | undefined;
  readonly description: string | undefined;
  readonly links: readonly Link[];
}

/** A role a person held for a time. */
export interface Role {
  readonly title: string;
  readonly organisation: Organisation | undefined;
  readonly constituency: Constituency | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** A person who wrote or received letters, or a post whose holder is not named. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly honorific: string | undefined;
  readonly unnamed: boolean;
  readonly roles: readonly Role[];
  readonly links: readonly Link[];
}

/** A subject that letters and answers are filed under. */
export interface Topic {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly relatedIds: readonly string[];
}

/** One side of a letter: a person, an organisation, or a person writing for one. */
export interface Correspondent {
  readonly person: Person | undefined;
  readonly organisation: Organisation | undefined;
}

/** Someone other than the signatory whose words a letter passes on. */
export interface Speaker {
  /** The key the letter's `> [!quote key]` blocks use. */
  readonly key: string;
  readonly person: Person | undefined;
  readonly organisation: Organisation | undefined;
  /** The role they spoke in, as the letter gives it. */
  readonly role: string | undefined;
}

/** An answer inside a letter, with the topics an editor filed it under. */
export interface LetterAnswer extends Answer {
  /** Whose words the answer is when they are quoted; `undefined` when they are the signatory's. */
  readonly speaker: Speaker | undefined;
  readonly topics: readonly Topic[];
  /** Ids the answer had before, kept as anchors on its page so old links still land on it. */
  readonly aliases: readonly string[];
}

/** A published letter. */
export interface Letter {
  readonly slug: string;
  /** The content file it comes from, for error messages and the edit history. */
  readonly file: string;
  readonly title: string;
  readonly date: LetterDate;
  readonly dateNote: string | undefined;
  /** YYYY-MM-DD, for ordering; see `letterSortKey`. */
  readonly sortKey: string;
  readonly year: number;
  readonly from: Correspondent;
  readonly fromRole: string | undefined;
  readonly to: Correspondent;
  readonly reference: string | undefined;
  readonly inReplyTo: string | undefined;
  readonly constituencies: readonly Constituency[];
  /** Topics of the letter as a whole. */
  readonly topics: readonly Topic[];
  /** The letter's topics and its answers' topics, each once. */
  readonly allTopics: readonly Topic[];
  readonly answers: readonly LetterAnswer[];
  /** The people or bodies the letter quotes. */
  readonly speakers: readonly Speaker[];
  readonly source: LetterData['source'];
  readonly transcriptionNotes: readonly string[];
  readonly aliases: readonly string[];
  readonly draft: boolean;
  /** The day the letter was added to the archive (YYYY-MM-DD), if recorded. */
  readonly added: string | undefined;
  /** Corrections made since it was published, oldest first. */
  readonly corrections: readonly Correction[];
  /** The markdown body, verbatim: the letter page renders it (src/markdown/pipeline.ts). */
  readonly body: string;
  /** The letter as plain text: every word of the body, without markup or editors' notes. */
  readonly text: string;
  /** The letter's own opening words, without letterhead, salutation or notes: for descriptions. */
  readonly lede: string;
}

/** The whole archive, resolved and checked. Letters are newest first. */
export interface Archive {
  readonly letters: readonly Letter[];
  readonly people: ReadonlyMap<string, Person>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly constituencies: ReadonlyMap<string, Constituency>;
}

/** One thing wrong with the content, with the file and field it is in. */
export interface ContentProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

/** The content cannot be published; `problems` says where and why. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Options for `buildArchive`. */
export interface BuildArchiveOptions {
  /** Publish letters marked `draft: true` too (for editors' previews). Default `false`. */
  readonly includeDrafts?: boolean;
}

const fileOf = (entry: Entry<unknown>, folder: string): string =>
  entry.filePath ?? `content/${folder}/${entry.id}`;

/** Resolves and checks every collection; throws a `ContentError` naming each problem's file and field. */
export function buildArchive(input: ArchiveInput, options: BuildArchiveOptions = {}): Archive {
  const problems: ContentProblem[] = [];

  const resolver = <T>(map: ReadonlyMap<string, T>, kind: string) => {
    return (ref: EntryRef | undefined, file: string, field: string): T | undefined => {
      if (ref === undefined) return undefined;
      const found = map.get(ref.id);
      if (found === undefined) {
        problems.push({ file, field, message: `unknown ${kind} "${ref.id}"` });
      }
      return found;
    };
  };

  const constituencies = new Map<string, Constituency>(
    input.constituencies.map((e) => [e.id, { id: e.id, ...e.data }]),
  );
  const organisations = new Map<string, Organisation>(
    input.organisations.map((e) => [
      e.id,
      {
        id: e.id,
        name: e.data.name,
        shortName: e.data.short_name,
        kind: e.data.kind,
        parentId: e.data.parent?.id,
        description: e.data.description,
        links: e.data.links,
      },
    ]),
  );
  const topics = new Map<string, Topic>(
    input.topics.map((e) => [
      e.id,
      {
        id: e.id,
        title: e.data.title,
        description: e.data.description,
        keywords: e.data.keywords,
        relatedIds: e.data.related.map((r) => r.id),
      },
    ]),
  );
  const constituency = resolver(constituencies, 'constituency');
  const organisation = resolver(organisations, 'organisation');
  const topic = resolver(topics, 'topic');

  for (const e of input.organisations) {
    organisation(e.data.parent, fileOf(e, 'organisations'), 'parent');
  }
  for (const e of input.topics) {
    e.data.related.forEach((r, i) => topic(r, fileOf(e, 'topics'), `related[${i}]`));
  }

  const people = new Map<string, Person>(
    input.people.map((e) => {
      const file = fileOf(e, 'people');
      const roles = e.data.roles.map((r, i) => {
        for (const [field, value] of [
          ['from', r.from],
          ['to', r.to],
        ] as const) {
          if (value !== undefined && !isCalendarDate(value)) {
            problems.push({
              file,
              field: `roles[${i}].${field}`,
              message: `"${value}" is not a real date`,
            });
          }
        }
        return {
          title: r.title,
          organisation: organisation(r.organisation, file, `roles[${i}].organisation`),
          constituency: constituency(r.constituency, file, `roles[${i}].constituency`),
          from: r.from,
          to: r.to,
        };
      });
      return [
        e.id,
        {
          id: e.id,
          name: e.data.name,
          honorific: e.data.honorific,
          unnamed: e.data.unnamed,
          roles,
          links: e.data.links,
        },
      ];
    }),
  );
  const person = resolver(people, 'person');

  // The importer's placeholder (see placeholders.ts): a stand-in in a draft, an error in a letter to publish.
  const unidentifiedPerson: Person = {
    id: UNIDENTIFIED,
    name: UNIDENTIFIED_NAME,
    honorific: undefined,
    unnamed: true,
    roles: [],
    links: [],
  };
  const isPlaceholder = (
    ref: EntryRef | undefined,
    draft: boolean,
    file: string,
    field: string,
  ) => {
    if (ref?.id !== UNIDENTIFIED) return false;
    if (!draft) {
      problems.push({
        file,
        field,
        message: `"${UNIDENTIFIED}" is the importer's placeholder; name the real entry before publishing`,
      });
    }
    return true;
  };

  const correspondent = (
    data: CorrespondentData,
    file: string,
    field: string,
    draft: boolean,
  ): Correspondent => {
    if (isPlaceholder(data.person, draft, file, `${field}.person`)) {
      return { person: unidentifiedPerson, organisation: undefined };
    }
    return {
      person: person(data.person, file, `${field}.person`),
      organisation: organisation(data.organisation, file, `${field}.organisation`),
    };
  };

  const letters: Letter[] = [];
  const slugOwners = new Map<string, string>();
  const claimSlug = (slug: string, file: string, field: string) => {
    const owner = slugOwners.get(slug);
    if (isReservedLetterKey(slug)) {
      problems.push({ file, field, message: reservedKeyMessage(slug) });
    } else if (owner !== undefined) {
      problems.push({ file, field, message: `"${slug}" is already used by ${owner}` });
    } else {
      slugOwners.set(slug, file);
    }
  };

  for (const entry of input.letters) {
    const file = fileOf(entry, 'letters');
    const data = entry.data;
    const slug = letterSlug(entry.id);
    if (!isSlug(slug)) {
      problems.push({
        file,
        field: 'file name',
        message: `"${slug}" is not a valid slug (lower-case words joined by hyphens)`,
      });
    }
    claimSlug(slug, file, 'slug (file name)');
    data.aliases.forEach((alias, i) => {
      claimSlug(alias, file, `aliases[${i}]`);
    });

    const date = letterDateOf(data, file, problems);
    const body = entry.body ?? '';
    if (body.trim() === '') {
      problems.push({ file, field: 'body', message: 'the letter has no text' });
    }

    let answers: Answer[] = [];
    let quotedKeys: string[] = [];
    let text = '';
    let lede = '';
    try {
      const read = readLetter(body, file);
      answers = read.answers;
      quotedKeys = read.speakerKeys;
      text = letterPlainText(read);
      lede = read.lede;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Markdown errors name the file themselves; say it once.
      problems.push({ file, field: 'body', message: message.replace(`${file}: `, '') });
    }
    const answerTopics = new Map<string, Topic[]>();
    data.answers.forEach((a, i) => {
      if (answerTopics.has(a.id)) {
        problems.push({
          file,
          field: `answers[${i}].id`,
          message: `answer "${a.id}" is listed twice`,
        });
      }
      if (!answers.some((x) => x.id === a.id)) {
        problems.push({
          file,
          field: `answers[${i}].id`,
          message: `no heading in the body has the id "${a.id}" (ids: ${answers.map((x) => x.id).join(', ') || 'none'})`,
        });
      }
      const aliasesOf = (entry: (typeof data.answers)[number]) => entry.aliases ?? [];
      aliasesOf(a).forEach((alias, j) => {
        const taken =
          answers.some((x) => x.id === alias) ||
          data.answers.some(
            (other, k) =>
              (k !== i || aliasesOf(other).indexOf(alias) !== j) &&
              aliasesOf(other).includes(alias),
          );
        if (taken) {
          problems.push({
            file,
            field: `answers[${i}].aliases[${j}]`,
            message: `the old id "${alias}" is already an answer id or another alias on this page`,
          });
        }
      });
      answerTopics.set(
        a.id,
        a.topics.flatMap((t, j) => topic(t, file, `answers[${i}].topics[${j}]`) ?? []),
      );
    });

    const letterTopics = data.topics.flatMap((t, i) =>
      isPlaceholder(t, data.draft, file, `topics[${i}]`)
        ? []
        : (topic(t, file, `topics[${i}]`) ?? []),
    );
    const speakers = resolveSpeakers(data.speakers ?? [], quotedKeys, file, problems, {
      person: (ref, field) => person(ref, file, field),
      organisation: (ref, field) => organisation(ref, file, field),
    });
    const letterAnswers = answers.map((a) => ({
      ...a,
      speaker: speakers.find((s) => s.key === a.speakerKey),
      topics: answerTopics.get(a.id) ?? [],
      aliases: data.answers.find((d) => d.id === a.id)?.aliases ?? [],
    }));
    const allTopics = uniqueById([...letterTopics, ...letterAnswers.flatMap((a) => a.topics)]);

    const letter: Letter = {
      slug,
      file,
      title: data.title,
      date: date ?? { kind: 'estimated', estimate: '1970' },
      dateNote: data.date_note,
      sortKey: date === undefined ? '1970-07-01' : letterSortKey(date),
      year: date === undefined ? 1970 : letterYear(date),
      from: correspondent(data.from, file, 'from', data.draft),
      fromRole: data.from_role,
      to: correspondent(data.to, file, 'to', data.draft),
      reference: data.reference,
      inReplyTo: data.in_reply_to,
      constituencies: data.constituencies.flatMap(
        (c, i) => constituency(c, file, `constituencies[${i}]`) ?? [],
      ),
      topics: letterTopics,
      allTopics,
      answers: letterAnswers,
      speakers,
      source: data.source,
      transcriptionNotes: data.transcription_notes,
      aliases: data.aliases,
      draft: data.draft,
      ...recordDates(data, file, problems),
      body,
      text,
      lede,
    };
    if (!letter.draft || options.includeDrafts === true) letters.push(letter);
  }

  if (problems.length > 0) throw new ContentError(problems);
  return {
    letters: sortNewestFirst(letters),
    people,
    organisations,
    topics,
    constituencies,
  };
}

/** Looks up a reference to a person or an organisation, reporting an unknown one under `field`. */
interface SpeakerResolvers {
  readonly person: (ref: EntryRef | undefined, field: string) => Person | undefined;
  readonly organisation: (ref: EntryRef | undefined, field: string) => Organisation | undefined;
}

/**
 * A letter's speakers, resolved: each defined once, each quoted in the body
 * (`> [!quote key]`), and every quote's key defined.
 */
function resolveSpeakers(
  data: readonly SpeakerData[],
  quotedKeys: readonly string[],
  file: string,
  problems: ContentProblem[],
  resolve: SpeakerResolvers,
): Speaker[] {
  const speakers: Speaker[] = [];
  data.forEach((s, i) => {
    const field = `speakers[${i}]`;
    if (speakers.some((other) => other.key === s.id)) {
      problems.push({ file, field: `${field}.id`, message: `speaker "${s.id}" is listed twice` });
    } else if (!quotedKeys.includes(s.id)) {
      problems.push({
        file,
        field: `${field}.id`,
        message: `speaker "${s.id}" is never quoted; mark their words in the body with "> [!quote ${s.id}]"`,
      });
    }
    speakers.push({
      key: s.id,
      person: resolve.person(s.person, `${field}.person`),
      organisation: resolve.organisation(s.organisation, `${field}.organisation`),
      role: s.role,
    });
  });
  for (const key of quotedKeys.filter((k) => !data.some((s) => s.id === k))) {
    problems.push({
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
  const corrections = [...(data.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (data.added !== undefined && !isCalendarDate(data.added))
    problems.push({ file, field: 'added', message: `"${data.added}" is not a real date` });
  (data.corrections ?? []).forEach((c, i) => {
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
