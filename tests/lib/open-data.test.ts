import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import {
  ANSWER_FIELDS,
  answerRecords,
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
        url: 'https://postbag.example.org/letters/a/#housing-targets',
        topics: ['housing'],
      },
    ]);
  });

  it('flattens a letter into CSV columns that every documented field accounts for', () => {
    const row = letterCsvRow(letterRecord(letter, SITE));
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
