/**
 * Structure the importer adds to real letters' shapes: Word tables as markdown
 * tables in reading order, and FOI replies ("1. the question, then the answer")
 * with one answer heading per question. The letters are invented.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../scripts/import/html-text.ts';
import { bodyOf, draftText, fixture, importFile } from './support';

const draftOf = draftText;

describe('tables from Word', () => {
  it('writes a table of short cells as a markdown table, rows in order, short rows padded', () => {
    const html =
      '<p>Staff by team:</p><table><tr><td><p><strong>Team</strong></p></td><td><p>Nurses</p></td><td><p>Other</p></td></tr>' +
      '<tr><td><p>North</p></td><td><p>13</p></td><td></td></tr><tr><td><p>Total</p></td><td><p>90 staff</p></td></tr></table>';
    expect(htmlToText(html)).toBe(
      'Staff by team:\n\n| Team | Nurses | Other |\n| --- | --- | --- |\n| North | 13 |  |\n| Total | 90 staff |  |',
    );
  });

  it('reads a table of prose cells as paragraphs, each question before its reply', () => {
    const long = 'The trust employs two housing officers. '.repeat(6).trim();
    const html = `<table><tr><td><p>Question 1</p></td><td><p>${long}</p></td></tr><tr><td><p>Question 2</p></td><td><p>None.</p></td></tr></table>`;
    expect(htmlToText(html)).toBe(`Question 1\n\n${long}\n\nQuestion 2\n\nNone.`);
  });

  it('keeps a Word table as a markdown table in the draft', async () => {
    const body = bodyOf(await importFile(fixture('team-letter.docx')));
    expect(body).toContain(
      '| Question | Reply |\n| --- | --- |\n| Will GP numbers rise? | Yes, by 2026. |',
    );
  });
});

describe('FOI replies', () => {
  const question = (n: number, what: string) =>
    `${n}. The number of ${what} employed by the trust in each of its\nwards during the last financial year, broken down by grade and by\nsite.`;
  const text = [
    'Dear Ms Example,',
    'Your request:',
    question(1, 'housing officers'),
    question(2, 'discharge co-ordinators'),
    'Our response:',
    question(1, 'housing officers'),
    'The trust employs two housing officers.',
    question(2, 'discharge co-ordinators'),
    'The trust does not hold this information.',
    'Yours sincerely,',
    'Records Team',
  ].join('\n\n');

  it('makes each answered question one heading with the question’s words, and leaves the list of questions as text', () => {
    const draft = draftOf(text);
    const body = bodyOf(draft);
    expect(draft.summary.sections.map((s) => s.id)).toEqual(['question-1', 'question-2']);
    expect(body).toContain(
      '## 1. The number of housing officers employed by the trust in each of its wards during the last financial year, broken down by grade and by site. {#question-1}\n\nThe trust employs two housing officers.',
    );
    expect(body).toContain('Your request:\n\n1\\. The number of housing officers');
  });
});
