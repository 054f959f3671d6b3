/**
 * The open data exports: every letter and every answer as records, with the
 * fields documented once here. The /data/ page, the JSON and the two CSV files
 * are all made from these definitions, so the documentation cannot drift from
 * the files.
 */
import { stringify } from 'csv-stringify/sync';
import type { Correspondent, Letter, LetterAnswer } from './archive';
import { correspondentName, senderRole, speakerName } from './correspondents';
import { displayLetterDate } from './dates';
import { answerPath, letterPath } from './paths';

/** A documented field of an export. */
export interface FieldDoc {
  readonly name: string;
  readonly description: string;
}

/** A correspondent in the data: ids to join on, and a name to read. */
export interface CorrespondentRecord {
  readonly person: string | null;
  readonly organisation: string | null;
  readonly name: string;
}

/** One letter in `/data/letters/<year>.json`. */
export interface LetterRecord {
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly date: string | null;
  readonly date_estimated: string | null;
  readonly date_display: string;
  readonly from: CorrespondentRecord;
  readonly from_role: string | null;
  readonly to: CorrespondentRecord;
  readonly reference: string | null;
  readonly in_reply_to: string | null;
  readonly constituencies: string[];
  readonly topics: string[];
  readonly answers: {
    readonly id: string;
    readonly title: string;
    readonly editorial_heading: boolean;
    readonly url: string;
    readonly topics: string[];
    readonly speaker: SpeakerRecord;
  }[];
  readonly source: string | null;
  readonly added: string | null;
  readonly corrections: { readonly date: string; readonly note: string }[];
  readonly text: string;
}

/** Who gave an answer: a quoted speaker, or else the letter's signatory. */
export interface SpeakerRecord extends CorrespondentRecord {
  readonly role: string | null;
  /** True when the signatory passes on someone else's words. */
  readonly quoted: boolean;
}

/** One answer in `/data/answers/<year>.csv`. */
export interface AnswerRecord {
  readonly letter: string;
  readonly answer_id: string;
  readonly title: string;
  readonly editorial_heading: string;
  readonly permalink: string;
  readonly topics: string;
  readonly speaker: string;
  readonly speaker_person: string;
  readonly speaker_organisation: string;
  readonly speaker_role: string;
  readonly quoted: string;
  readonly from: string;
  readonly from_person: string;
  readonly from_organisation: string;
  readonly to: string;
  readonly to_person: string;
  readonly to_organisation: string;
  readonly date: string;
  readonly date_estimated: string;
  readonly text: string;
}

/**
 * The columns of `/data/letters.csv`: every letter in one small file, without its
 * text or answers, to find letters by date, correspondent and topic, and the
 * export file (`data_file`) that holds the rest.
 */
export const SUMMARY_FIELDS: readonly FieldDoc[] = [
  { name: 'slug', description: 'The letter’s permanent id; its page is /letters/<slug>/.' },
  {
    name: 'date',
    description:
      'The date on the letter (YYYY-MM-DD) or, for an undated letter, its estimate (YYYY-MM or YYYY).',
  },
  { name: 'date_estimated', description: '“true” when the date is the editors’ estimate.' },
  { name: 'title', description: 'A short title, in the editors’ words.' },
  { name: 'from_person', description: 'The signatory’s person id, or empty.' },
  { name: 'from_organisation', description: 'The organisation the letter was sent for, or empty.' },
  { name: 'to_person', description: 'The recipient’s person id, or empty.' },
  { name: 'to_organisation', description: 'The recipient organisation’s id, or empty.' },
  { name: 'topics', description: 'Ids of the letter’s and its answers’ topics, separated by “;”.' },
  {
    name: 'data_file',
    description:
      'The export part with the letter’s full record (2024, 2024-2): its letters are in /data/letters/ as that name with .json or .csv, its answers in /data/answers/ as that name with .csv.',
  },
];

/** A letter as a row of `/data/letters.csv`; `dataFile` names the export part that holds it. */
export function summaryRow(letter: Letter, dataFile: string): Record<string, string> {
  const estimated = letter.date.kind === 'estimated';
  return {
    slug: letter.slug,
    date: letter.date.kind === 'stated' ? letter.date.date : letter.date.estimate,
    date_estimated: String(estimated),
    title: letter.title,
    from_person: letter.from.person?.id ?? '',
    from_organisation: letter.from.organisation?.id ?? '',
    to_person: letter.to.person?.id ?? '',
    to_organisation: letter.to.organisation?.id ?? '',
    topics: letter.allTopics.map((t) => t.id).join(';'),
    data_file: dataFile,
  };
}

/** The fields of a letter record, documented; CSV columns are these, in this order. */
export const LETTER_FIELDS: readonly FieldDoc[] = [
  { name: 'slug', description: 'The letter’s permanent id; its page is /letters/<slug>/.' },
  { name: 'url', description: 'The letter’s permanent address.' },
  { name: 'title', description: 'A short title, in the editors’ words.' },
  { name: 'date', description: 'The date on the letter (YYYY-MM-DD), or empty if it states none.' },
  {
    name: 'date_estimated',
    description: 'For an undated letter, the editors’ estimate (YYYY-MM or YYYY).',
  },
  {
    name: 'date_display',
    description: 'The date as the site shows it, e.g. “Undated (c. February 2024)”.',
  },
  {
    name: 'from',
    description:
      'The signatory: person id, organisation id and name (CSV: from_person, from_organisation, from_name).',
  },
  { name: 'from_role', description: 'The role the signatory wrote in.' },
  {
    name: 'to',
    description:
      'The recipient: person id, organisation id and name (CSV: to_person, to_organisation, to_name).',
  },
  { name: 'reference', description: 'The sender’s reference, verbatim.' },
  { name: 'in_reply_to', description: 'What the letter answers, in words.' },
  {
    name: 'constituencies',
    description: 'Ids of the constituencies the letter concerns (CSV: separated by “;”).',
  },
  {
    name: 'topics',
    description: 'Ids of the letter’s and its answers’ topics (CSV: separated by “;”).',
  },
  {
    name: 'answers',
    description:
      'JSON only: each answer’s id, title, editorial_heading, permalink, topics and speaker ({ person, organisation, name, role, quoted }). See the answers files.',
  },
  {
    name: 'source',
    description: 'Where the original lives (a URL or a file on this site), if known.',
  },
  { name: 'added', description: 'The day the letter was added to the archive, if recorded.' },
  {
    name: 'corrections',
    description:
      'Corrections made since publication: each { date, note } (CSV: “YYYY-MM-DD: note”, separated by “ | ”).',
  },
  {
    name: 'text',
    description:
      'The full text of the letter as plain text, word for word, without editors’ notes.',
  },
];

/** The columns of `/data/answers/<year>.csv`, documented. */
export const ANSWER_FIELDS: readonly FieldDoc[] = [
  { name: 'letter', description: 'The slug of the letter the answer is in.' },
  {
    name: 'answer_id',
    description: 'The answer’s id: its anchor on the letter page. Never changes once published.',
  },
  { name: 'title', description: 'The answer’s heading.' },
  {
    name: 'editorial_heading',
    description:
      '“true” when the heading is the editors’ own, added so the answer can be linked, and not the letter’s words; else “false”.',
  },
  {
    name: 'permalink',
    description: 'The answer’s permanent address: the letter’s address and #answer_id.',
  },
  { name: 'topics', description: 'Ids of the answer’s own topics, separated by “;”.' },
  {
    name: 'speaker',
    description:
      'Who gave the answer: the person or body the letter quotes, or else the signatory, by name.',
  },
  { name: 'speaker_person', description: 'The speaker’s person id, or empty.' },
  { name: 'speaker_organisation', description: 'The speaker’s organisation id, or empty.' },
  { name: 'speaker_role', description: 'The role the speaker answered in, or empty.' },
  {
    name: 'quoted',
    description:
      '“true” when the answer is someone else’s words passed on by the signatory (see from); else “false”.',
  },
  { name: 'from', description: 'The name of the letter’s signatory.' },
  { name: 'from_person', description: 'The signatory’s person id, or empty.' },
  { name: 'from_organisation', description: 'The signatory’s organisation id, or empty.' },
  { name: 'to', description: 'The name of the letter’s recipient.' },
  { name: 'to_person', description: 'The recipient’s person id, or empty.' },
  { name: 'to_organisation', description: 'The recipient’s organisation id, or empty.' },
  {
    name: 'date',
    description:
      'The letter’s date (YYYY-MM-DD) or, for an undated letter, its estimate (YYYY-MM or YYYY).',
  },
  {
    name: 'date_estimated',
    description:
      '“true” when the letter is undated and date is the editors’ estimate, not a date on the letter; else “false”.',
  },
  {
    name: 'text',
    description:
      'The answer’s text, from its heading to the next heading, as plain text. The closing of the letter (“Yours sincerely,” and the signature) is not part of the last answer; it is in the letter’s text.',
  },
];

const correspondentRecord = (c: Correspondent): CorrespondentRecord => ({
  person: c.person?.id ?? null,
  organisation: c.organisation?.id ?? null,
  name: correspondentName(c),
});

/** Who gave an answer: its quoted speaker, or else the letter's signatory in their role. */
export function speakerRecord(letter: Letter, answer: LetterAnswer): SpeakerRecord {
  const speaker = answer.speaker;
  if (speaker === undefined) {
    return { ...correspondentRecord(letter.from), role: senderRole(letter) ?? null, quoted: false };
  }
  return {
    person: speaker.person?.id ?? null,
    organisation: speaker.organisation?.id ?? null,
    name: speakerName(speaker),
    role: speaker.role ?? null,
    quoted: true,
  };
}

/** A letter as an open data record; `site` is the archive's absolute address. */
export function letterRecord(letter: Letter, site: URL | string): LetterRecord {
  const source =
    letter.source.url ??
    (letter.source.file === undefined
      ? undefined
      : new URL(`/sources/${letter.source.file}`, site).href);
  return {
    slug: letter.slug,
    url: new URL(letterPath(letter.slug), site).href,
    title: letter.title,
    date: letter.date.kind === 'stated' ? letter.date.date : null,
    date_estimated: letter.date.kind === 'estimated' ? letter.date.estimate : null,
    date_display: displayLetterDate(letter.date),
    from: correspondentRecord(letter.from),
    from_role: senderRole(letter) ?? null,
    to: correspondentRecord(letter.to),
    reference: letter.reference ?? null,
    in_reply_to: letter.inReplyTo ?? null,
    constituencies: letter.constituencies.map((c) => c.id),
    topics: letter.allTopics.map((t) => t.id),
    answers: letter.answers.map((a) => ({
      id: a.id,
      title: a.title,
      editorial_heading: a.editorial,
      url: new URL(answerPath(letter.slug, a.id), site).href,
      topics: a.topics.map((t) => t.id),
      speaker: speakerRecord(letter, a),
    })),
    source: source ?? null,
    added: letter.added ?? null,
    corrections: letter.corrections.map((c) => ({ date: c.date, note: c.note })),
    text: letter.text,
  };
}

/**
 * The columns of `letters.csv`, in order: the fields of `LETTER_FIELDS`, with a
 * correspondent split into its person, organisation and name, and without the
 * answers (which are `answers.csv`).
 */
export const LETTER_CSV_COLUMNS = [
  'slug',
  'url',
  'title',
  'date',
  'date_estimated',
  'date_display',
  'from_person',
  'from_organisation',
  'from_name',
  'from_role',
  'to_person',
  'to_organisation',
  'to_name',
  'reference',
  'in_reply_to',
  'constituencies',
  'topics',
  'source',
  'added',
  'corrections',
  'text',
] as const;

/** A letter record flattened into one CSV row, columns in `LETTER_CSV_COLUMNS` order. */
export function letterCsvRow(
  record: LetterRecord,
): Record<(typeof LETTER_CSV_COLUMNS)[number], string> {
  return {
    slug: record.slug,
    url: record.url,
    title: record.title,
    date: record.date ?? '',
    date_estimated: record.date_estimated ?? '',
    date_display: record.date_display,
    from_person: record.from.person ?? '',
    from_organisation: record.from.organisation ?? '',
    from_name: record.from.name,
    from_role: record.from_role ?? '',
    to_person: record.to.person ?? '',
    to_organisation: record.to.organisation ?? '',
    to_name: record.to.name,
    reference: record.reference ?? '',
    in_reply_to: record.in_reply_to ?? '',
    constituencies: record.constituencies.join(';'),
    topics: record.topics.join(';'),
    source: record.source ?? '',
    added: record.added ?? '',
    corrections: record.corrections.map((c) => `${c.date}: ${c.note}`).join(' | '),
    text: record.text,
  };
}

/** Every answer of a letter as answer records. */
export function answerRecords(letter: Letter, site: URL | string): AnswerRecord[] {
  const date = letter.date.kind === 'stated' ? letter.date.date : letter.date.estimate;
  return letter.answers.map((answer) => {
    const speaker = speakerRecord(letter, answer);
    return {
      letter: letter.slug,
      answer_id: answer.id,
      title: answer.title,
      editorial_heading: String(answer.editorial),
      permalink: new URL(answerPath(letter.slug, answer.id), site).href,
      topics: answer.topics.map((t) => t.id).join(';'),
      speaker: speaker.name,
      speaker_person: speaker.person ?? '',
      speaker_organisation: speaker.organisation ?? '',
      speaker_role: speaker.role ?? '',
      quoted: String(speaker.quoted),
      from: correspondentName(letter.from),
      from_person: letter.from.person?.id ?? '',
      from_organisation: letter.from.organisation?.id ?? '',
      to: correspondentName(letter.to),
      to_person: letter.to.person?.id ?? '',
      to_organisation: letter.to.organisation?.id ?? '',
      date,
      date_estimated: String(letter.date.kind === 'estimated'),
      text: answer.text,
    };
  });
}

/**
 * The text of `JSON.stringify(items, null, 2)` and a final newline, one item at
 * a time. The exports hold every letter's full text: at 100,000 letters
 * `letters.json` is about a gigabyte, past the longest string V8 can make
 * (2²⁹ − 24 characters), so it is written as a stream of parts.
 */
export function* jsonArrayText(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    // Nested one level, every line of an item is indented two more spaces; JSON
    // strings hold no raw line breaks, so every "\n" is between tokens.
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * The byte-order mark every CSV file starts with: without it Excel reads UTF-8 as its
 * local code page and garbles “curly quotes”, accents and the en dash. Other tools
 * (csv-parse with `bom: true`, pandas with `encoding="utf-8-sig"`, R) skip it.
 */
export const CSV_BOM = '\uFEFF';

/**
 * CSV options: RFC 4180 line ends and every text field quoted. A cell that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms)
 * is one a spreadsheet would run as a formula, so csv-stringify's `escape_formulas`
 * puts an apostrophe before it (`'=SUM(…)`). The JSON keeps every value as written.
 */
const CSV_OPTIONS = {
  record_delimiter: 'windows',
  quoted_string: true,
  escape_formulas: true,
} as const;

/** Rows are turned into CSV this many at a time. */
const CSV_BATCH = 500;

/** CSV text, after a byte-order mark: a header of `columns`, then one row per item of `rows`, a batch at a time (see `jsonArrayText`). */
export function* csvText<Row extends object>(
  rows: Iterable<Row>,
  columns: readonly string[],
  quoteAll = true,
): Generator<string> {
  const batch: Row[] = [];
  let written = 0;
  const flush = (): string =>
    (written === 0 ? CSV_BOM : '') +
    stringify(batch.splice(0), {
      ...CSV_OPTIONS,
      quoted_string: quoteAll,
      header: written++ === 0,
      columns: [...columns],
    });
  for (const row of rows) {
    batch.push(row);
    if (batch.length === CSV_BATCH) yield flush();
  }
  // The last rows, or the header alone when there are none.
  if (batch.length > 0 || written === 0) yield flush();
}
