import { describe, expect, it } from 'vitest';
import { UNIDENTIFIED } from '../../src/lib/placeholders';
import { checkEveryWordKept } from '../../scripts/import/word-check.ts';
import { pageText } from '../../scripts/import/pdf-layout.ts';
import { readSource } from '../../scripts/import/read-source.ts';
import { ImportError } from '../../scripts/import/source.ts';
import { bodyOf, catalogue, fixture, frontmatterOf, importFile } from './support';

describe('importing a PDF', () => {
  it('reads a two-column letterhead column by column', async () => {
    const { text } = await readSource(fixture('two-column-letterhead.pdf'));
    expect(text).toMatch(
      /Department\nof Health &\nSocial Care\n\nFrom Karin Smyth MP\nMinister of State for Health/,
    );
  });

  it('reads a question | reply table one row at a time, question first', async () => {
    const { text } = await readSource(fixture('two-column-letterhead.pdf'));
    expect(text).toMatch(
      /1\. When will the surgery open\?\n\nThe integrated care board expects it to open\nin the spring\.\n\n2\. Who will pay/,
    );
  });

  it('detects what a department letter states', async () => {
    const draft = await importFile(fixture('two-column-letterhead.pdf'));
    expect(draft.summary).toMatchObject({
      date: '2025-05-05',
      reference: 'PO-1234567',
      from: { name: 'Karin Smyth', role: 'Minister of State for Health' },
      to: { name: 'Blake Stephenson' },
    });
    expect(draft.summary.sections.map((s) => s.id)).toEqual(['question-1', 'question-2']);
  });

  it('refuses a PDF without a text layer, saying it needs OCR', async () => {
    await expect(readSource(fixture('scanned-no-text.pdf'))).rejects.toThrow(/no text layer.*OCR/);
  });

  it('puts strings on the same row in left-to-right order with spaces between them', () => {
    const item = (str: string, x: number, y: number) => ({
      str,
      x,
      y,
      width: str.length * 5,
      fontSize: 10,
    });
    expect(pageText([item('world', 40, 100), item('Hello', 10, 100), item('Next', 10, 88)])).toBe(
      'Hello world\nNext',
    );
  });
});

describe('importing a Word file', () => {
  it('reads labelled reference and date, a signing team, and the group addressed', async () => {
    const draft = await importFile(fixture('team-letter.docx'));
    expect(draft.summary).toMatchObject({
      date: '2021-04-06',
      reference: 'FOI 2024/0457',
      from: { name: 'Primary Care Team', organisation: 'NHS Kent and Medway' },
      to: { organisation: "Sevenoaks District Seniors' Action Forum" },
    });
    expect(frontmatterOf(draft)['from']).toEqual({ organisation: 'nhs-kent-and-medway' });
  });

  it('keeps bullet and numbered lists as lists', async () => {
    const body = bodyOf(await importFile(fixture('team-letter.docx')));
    expect(body).toContain('- more GP Trainee places;\n- support for practice nurses;');
    expect(body).toContain('1) recruit more medical staff;\n2) expand the primary care team;');
  });
});

describe('importing an email', () => {
  it('takes sender, recipient, date and subject from the headers and keeps them, marked', async () => {
    const draft = await importFile(fixture('emailed-reply.eml'));
    expect(draft.summary).toMatchObject({
      date: '2024-12-05',
      reference: 'LT/2024/117',
      from: { name: 'Laura Trott', role: 'Member of Parliament for Sevenoaks' },
      to: { organisation: "Sevenoaks District Seniors' Action Forum" },
    });
    expect(draft.slug).toBe('2024-12-05-laura-trott-your-questions-about-free-rail-travel');
    expect(bodyOf(draft)).toMatch(/^> \[!letterhead\]\n> From: Laura Trott MP/);
  });
});

describe('importing text extracted from a PDF', () => {
  it('keeps an unknown signatory and recipient (by the fullest name given) as TODOs, never as invented ids', async () => {
    const draft = await importFile(fixture('extracted-from-pdf.txt'));
    const data = frontmatterOf(draft);
    expect(draft.summary.missing).toEqual(['from.person', 'to']);
    expect(data['from']).toEqual({
      organisation: 'ministry-of-housing-communities-and-local-government',
    });
    expect(data['to']).toEqual({ person: UNIDENTIFIED });
    expect(draft.markdown).toContain('# - [ ] from: signed "Jane Doe"');
    expect(draft.markdown).toContain('# - [ ] to: "Mr J Bloggs" matches no entry');
  });

  it('writes only references to entries that exist, or the placeholder', async () => {
    for (const name of ['extracted-from-pdf.txt', 'undated-note.md', 'team-letter.docx']) {
      const data = frontmatterOf(await importFile(fixture(name))) as {
        from: Record<string, string>;
        to: Record<string, string>;
        topics: string[];
      };
      const known = new Set([
        ...catalogue.people.map((p) => p.id),
        ...catalogue.organisations.map((o) => o.id),
        ...catalogue.topics.map((t) => t.id),
        UNIDENTIFIED,
      ]);
      const ids = [...Object.values(data.from), ...Object.values(data.to), ...data.topics];
      expect(ids.filter((id) => !known.has(id))).toEqual([]);
    }
  });

  it('keeps the footer, marked as letterhead', async () => {
    expect(bodyOf(await importFile(fixture('extracted-from-pdf.txt')))).toMatch(
      /> \[!letterhead\]\n> www\.gov\.uk\/mhclg {2}\| {2}Page 1 of 1\n$/,
    );
  });

  it('refuses to write a draft that lost a word, naming it', () => {
    expect(() => {
      checkEveryWordKept('Dear Ann, thank you', 'Dear thank you');
    }).toThrow(ImportError);
    expect(() => {
      checkEveryWordKept('Dear Ann, thank you', 'Dear thank you');
    }).toThrow(/"Ann,"/);
  });
});

describe('refusing files that cannot be imported', () => {
  it.each([
    ['empty.txt', /is empty/],
    ['binary.txt', /is binary/],
    ['broken.pdf', /is not a readable PDF/],
    ['broken.docx', /is not a readable Word/],
    ['not-an-email.eml', /is not an email/],
    ['missing.txt', /does not exist/],
    ['../support.ts', /cannot import \.ts/],
  ])('refuses %s with a clear reason', async (name, reason) => {
    await expect(readSource(fixture(name))).rejects.toThrow(reason);
  });
});
