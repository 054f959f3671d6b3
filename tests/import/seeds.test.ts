import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstMissingWord } from '../../src/lib/words';
import { bodyText } from '../../scripts/import/word-check.ts';
import { bodyOf, frontmatterOf, importFile, KARIN_SMYTH_SEED, LAURA_TROTT_SEED } from './support';

describe('importing the Karin Smyth seed letter', async () => {
  const draft = await importFile(KARIN_SMYTH_SEED);
  const data = frontmatterOf(draft);

  it('reproduces the date, reference, sender and recipient of the hand-made entry', () => {
    expect(data['date']).toBe('2024-10-03');
    expect(data['reference']).toBe('PO-1531376');
    expect(data['from']).toEqual({
      person: 'karin-smyth',
      organisation: 'department-of-health-and-social-care',
    });
    expect(data['from_role']).toBe('Minister of State for Health');
    expect(data['to']).toEqual({ person: 'blake-stephenson' });
  });

  it('keeps every word of the source in the body', () => {
    const source = readFileSync(KARIN_SMYTH_SEED, 'utf8');
    expect(firstMissingWord(source, bodyText(bodyOf(draft)))).toBeUndefined();
  });

  it('marks the letterhead and the signature description instead of deleting them', () => {
    const body = bodyOf(draft);
    expect(body).toMatch(/^> \[!letterhead\]\n> Department\\\n> of Health &\\\n> Social Care/);
    expect(body).toContain('> [!transcription-note]\n> An image in the original.');
    expect(body).toMatch(/Yours sincerely,\n\n> \[!transcription-note\][\s\S]*\n\nKARIN SMYTH\n$/);
  });

  it('rejoins the paragraph that a page break split', () => {
    expect(bodyOf(draft)).toContain('to develop approaches that address these inequalities');
  });

  it('is a draft filed under its year, with no TODO left for what it detected', () => {
    expect(data['draft']).toBe(true);
    expect(draft.folder).toBe('2024');
    expect(draft.summary.missing).toEqual([]);
    expect(draft.summary.topics).toEqual(
      expect.arrayContaining(['primary-care-infrastructure', 'digital-health-records']),
    );
  });
});

describe('importing the Laura Trott seed letter', async () => {
  const draft = await importFile(LAURA_TROTT_SEED);
  const data = frontmatterOf(draft);

  it('leaves the undated letter undated, with a warning and a marked placeholder estimate', () => {
    expect(data['date']).toBeUndefined();
    expect(draft.summary.date).toBeNull();
    expect(draft.summary.missing).toContain('date');
    expect(draft.summary.warnings.join(' ')).toContain('no date');
    expect(String(data['date_note'])).toMatch(/^TODO:/);
    expect(draft.markdown).toMatch(/# - \[ \] date_estimated: /);
  });

  it('finds no reference, as the letter has none', () => {
    expect(data['reference']).toBeUndefined();
    expect(draft.summary.missing).toContain('reference');
  });

  it('reproduces the sender and recipient of the hand-made entry', () => {
    expect(data['from']).toEqual({ person: 'laura-trott' });
    expect(data['to']).toEqual({ organisation: 'sevenoaks-district-seniors-action-forum' });
  });

  it('keeps every word of the source in the body', () => {
    const source = readFileSync(LAURA_TROTT_SEED, 'utf8');
    expect(firstMissingWord(source, bodyText(bodyOf(draft)))).toBeUndefined();
  });

  it('gives each numbered section and question a heading with a stable id', () => {
    const ids = draft.summary.sections.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'local-government-funding',
        'housing-targets',
        'downsizing',
        'question-8',
      ]),
    );
    expect(bodyOf(draft)).toContain('## 4. Housing targets {#housing-targets}');
  });

  it("shows the ICB's reply as a quotation with its questions as headings inside it", () => {
    const body = bodyOf(draft);
    expect(body).toContain('> “Thank you for your email');
    expect(body).toContain('> ### 8. Who is responsible for implementing the plans? {#question-8}');
    expect(body).toContain('\n\n## 2. Local Government Funding {#local-government-funding}');
  });

  it('keeps the bullet list a list, including the two items that lost their bullets', () => {
    const body = bodyOf(draft);
    expect(body).toContain('> - Development and accreditation');
    expect(body).toContain('\n> - An increase in the number of GP Trainee places.\n');
    expect(body).toContain('\n> - Individual support to practices');
  });
});
