import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import {
  ANSWER_FIELDS,
  answerRecords,
  csvText,
  jsonArrayText,
  LETTER_CSV_COLUMNS,
  LETTER_FIELDS,
  letterCsvRow,
  letterRecord,
} from '../../src/lib/open-data';
import { archiveInput, letterEntry } from './fixtures';

const SITE = 'https://postbag.example.org';
const body = 'Dear Forum,\n\n## Housing targets {#housing-targets}\n\nThe answer.\n';

describe('open data records', () => {
  const [letter] = buildArchive(
    archiveInput([letterEntry('2024/a', { reference: 'PO-1' }, body)]),
  ).letters;
  if (letter === undefined) throw new Error('no letter');

  it('documents exactly the fields a letter record has', () => {
    expect(Object.keys(letterRecord(letter, SITE))).toEqual(LETTER_FIELDS.map((f) => f.name));
  });

  it('gives a letter its permalink, ids, names and full text', () => {
    const record = letterRecord(letter, SITE);
    expect(record).toMatchObject({
      slug: 'a',
      url: 'https://postbag.example.org/letters/a/',
      date: '2024-10-03',
      date_estimated: null,
      from: { person: 'ann-minister', organisation: null, name: 'Ann Minister MP' },
      to: { person: null, organisation: 'forum', name: 'A Forum' },
      reference: 'PO-1',
      topics: ['housing'],
      text: 'Dear Forum,\n\nHousing targets\n\nThe answer.',
    });
    expect(record.answers).toEqual([
      {
        id: 'housing-targets',
        title: 'Housing targets',
        editorial_heading: false,
        url: 'https://postbag.example.org/letters/a/#housing-targets',
        topics: ['housing'],
        speaker: {
          person: 'ann-minister',
          organisation: null,
          name: 'Ann Minister MP',
          role: 'Minister of State for Health',
          quoted: false,
        },
      },
    ]);
  });

  it('flattens a letter into CSV columns that every documented field accounts for', () => {
    const row = letterCsvRow(letterRecord(letter, SITE));
    expect(Object.keys(row)).toEqual(LETTER_CSV_COLUMNS);
    const documented = LETTER_FIELDS.map((f) => f.name);
    for (const column of Object.keys(row)) {
      const field = column.replace(/_(person|organisation|name)$/, '');
      expect(documented, column).toContain(documented.includes(column) ? column : field);
    }
    expect(row['topics']).toBe('housing');
  });

  it('makes one answer record per answer with exactly the documented columns', () => {
    const records = answerRecords(letter, SITE);
    expect(records).toHaveLength(letter.answers.length);
    expect(Object.keys(records[0] ?? {})).toEqual(ANSWER_FIELDS.map((f) => f.name));
    expect(records[0]).toMatchObject({
      letter: 'a',
      answer_id: 'housing-targets',
      permalink: 'https://postbag.example.org/letters/a/#housing-targets',
      topics: 'housing',
      from: 'Ann Minister MP',
      to: 'A Forum',
      date: '2024-10-03',
      text: 'The answer.',
    });
  });
});

describe('writing the exports a part at a time', () => {
  const records = [
    { slug: 'a', text: 'Line one\nline "two"', topics: ['x', 'y'], nested: { n: 1, list: [] } },
    { slug: 'b', text: '', topics: [], nested: null },
  ];

  it('writes exactly what JSON.stringify writes, with a final newline', () => {
    for (const items of [records, records.slice(0, 1), []]) {
      expect([...jsonArrayText(items)].join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
  });

  it('writes exactly what one csv-stringify call writes, whatever the batch', () => {
    const rows = Array.from({ length: 1234 }, (_, i) => ({
      slug: `letter-${i}`,
      text: i % 7 === 0 ? '' : `Said "${i}",\r\nthen more`,
    }));
    const whole = stringify(rows, {
      header: true,
      columns: ['slug', 'text'],
      record_delimiter: 'windows',
      quoted_string: true,
      escape_formulas: true,
    });
    const parts = [...csvText(rows, ['slug', 'text'])];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(`\uFEFF${whole}`);
  });

  it('neutralises cells a spreadsheet would run as a formula, with a leading apostrophe', () => {
    const starts = ['=', '+', '-', '@', '\t', '\r', '\uFF1D'];
    const rows = starts.map((start, i) => ({ slug: `letter-${i}`, text: `${start}SUM(A1:A9)` }));
    const [, ...cells] = parse([...csvText(rows, ['slug', 'text'])].join(''), { bom: true });
    expect(cells.map((row) => row[1])).toEqual(starts.map((start) => `'${start}SUM(A1:A9)`));
  });

  it('leaves every other cell as it is, a formula character inside it included', () => {
    const rows = [{ slug: 'a', text: 'Costs = £3m; +5% a year; e-mail @ the office' }];
    const [, row] = parse([...csvText(rows, ['slug', 'text'])].join(''), { bom: true });
    expect(row).toEqual(['a', 'Costs = £3m; +5% a year; e-mail @ the office']);
  });

  it('writes the header even with no rows', () => {
    expect([...csvText([], ['slug', 'text'])].join('')).toBe('\uFEFF"slug","text"\r\n');
  });

  it('starts with a byte-order mark, once, so Excel reads UTF-8', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ slug: `l-${i}`, text: '“é” – ok' }));
    const text = [...csvText(rows, ['slug', 'text'])].join('');
    expect(text.startsWith('\uFEFF"slug"')).toBe(true);
    expect(text.split('\uFEFF')).toHaveLength(2);
  });
});

describe('answers.csv: honest dates, ids and no sign-off', () => {
  const signed =
    '> [!letterhead]\n> A Department\\\n> 1 Street\n\nDear Forum,\n\n## Housing targets {#housing-targets}\n\nThe answer.\n\nYours sincerely,\n\nANN MINISTER\n';
  const { letters } = buildArchive(
    archiveInput([
      letterEntry('2024/signed', {}, signed),
      letterEntry('2024/undated', {
        date: undefined,
        date_estimated: '2024-02',
        date_note: 'Why.',
      }),
    ]),
  );
  const letterOf = (slug: string) => {
    const found = letters.find((l) => l.slug === slug);
    if (found === undefined) throw new Error(`no letter ${slug}`);
    return found;
  };
  const rowsOf = (slug: string) => answerRecords(letterOf(slug), SITE);

  it('flags an estimated date', () => {
    expect(rowsOf('undated')[0]).toMatchObject({ date: '2024-02', date_estimated: 'true' });
    expect(rowsOf('signed')[0]).toMatchObject({ date: '2024-10-03', date_estimated: 'false' });
  });

  it('gives the ids beside the names', () => {
    expect(rowsOf('signed')[0]).toMatchObject({
      from: 'Ann Minister MP',
      from_person: 'ann-minister',
      from_organisation: '',
      to_person: '',
      to_organisation: 'forum',
    });
  });

  it('keeps the sign-off out of the last answer, and every word in the letter’s text', () => {
    expect(rowsOf('signed')[0]?.text).toBe('The answer.');
    const letter = letterOf('signed');
    expect(letter.text).toMatch(/The answer\.\n\nYours sincerely,\n\nANN MINISTER$/);
  });

  it('describes a letter by its own words, not its letterhead or salutation', () => {
    const letter = letterOf('signed');
    expect(letter.lede).toBe('The answer.');
  });
});
