import { describe, expect, it } from 'vitest';
import {
  matchOrganisation,
  matchPerson,
  normaliseName,
  suggestTopics,
} from '../../scripts/import/catalogue.ts';
import { parseUkDate } from '../../scripts/import/dates.ts';
import { detectDate, layoutOf } from '../../scripts/import/detect.ts';
import { splitParagraphs } from '../../scripts/import/paragraphs.ts';
import { detectRecipient } from '../../scripts/import/recipient.ts';
import { detectReference } from '../../scripts/import/references.ts';
import { detectSignatory } from '../../scripts/import/signatory.ts';
import { catalogue } from './support';

const layout = (text: string) => layoutOf(splitParagraphs(text));

describe('reading dates as UK letters write them', () => {
  it.each([
    ['3 October 2024', '2024-10-03'],
    ['5th May 2021', '2021-05-05'],
    ['Tuesday, 1st of October, 2024', '2024-10-01'],
    ['06/04/2021', '2021-04-06'],
    ['DATE: 06/04/2021', '2021-04-06'],
    ['Date: 3 Oct 2024', '2024-10-03'],
    ['October 3, 2024', '2024-10-03'],
  ])('reads "%s" as %s, day first', (written, iso) => {
    expect(parseUkDate(written)).toBe(iso);
  });

  it('refuses impossible dates and dates inside sentences', () => {
    expect(parseUkDate('31/02/2024')).toBeUndefined();
    expect(parseUkDate('announced on 19 December 2023')).toBeUndefined();
  });

  it('takes the date line of the letterhead, not a date mentioned in the text', () => {
    const text =
      'Ref: X1\n\n3 October 2024\n\nDear Blake,\n\nThe changes of 19 December 2023 stand.';
    expect(detectDate(layout(text))?.value).toBe('2024-10-03');
  });

  it('leaves a letter undated when it only mentions dates in sentences', () => {
    expect(detectDate(layout('Dear Ann,\n\nWe met on 3 March 2023 about buses.'))).toBeUndefined();
  });

  it("falls back to an email's Date header, as written, never today's date", () => {
    expect(
      detectDate(layout('Dear Ann,\n\nThanks.'), 'Thu, 5 Dec 2024 23:30:00 -0500')?.value,
    ).toBe('2024-12-05');
  });
});

describe('finding the reference, verbatim', () => {
  it.each([
    ['Our ref: PO-1531376', 'PO-1531376'],
    ['Ref: ABC/123/x', 'ABC/123/x'],
    ['REF: FOI 2024/0457', 'FOI 2024/0457'],
    ['Our reference: TO2024/12345', 'TO2024/12345'],
    ['PO-1531376', 'PO-1531376'],
    ['FOI-20240001', 'FOI-20240001'],
  ])('finds "%s"', (line, reference) => {
    expect(detectReference(layout(`${line}\n\nDear Ann,\n\nThank you.`))?.value).toBe(reference);
  });

  it("ignores the recipient's own reference", () => {
    expect(detectReference(layout('Your ref: ZZ-1\n\nDear Ann,\n\nThank you.'))).toBeUndefined();
  });
});

describe('finding the signatory and recipient', () => {
  it('reads the name and role lines after the sign-off, skipping a signature description', () => {
    const text =
      'Dear Ann,\n\nThank you.\n\nYours sincerely,\n\nA handwritten signature that reads "Jo".\n\nJO BLOGGS\nMinister for Buses';
    expect(detectSignatory(layout(text))).toMatchObject({
      name: 'JO BLOGGS',
      role: 'Minister for Buses',
    });
  });

  it('names the team when no person signs', () => {
    const text = 'Dear Ann,\n\nThank you.\n\nYours faithfully,\n\nCorrespondence Unit';
    expect(detectSignatory(layout(text))).toMatchObject({
      name: undefined,
      organisation: 'Correspondence Unit',
    });
  });

  it('takes the name from the salutation, but not a generic one', () => {
    expect(detectRecipient(layout('Dear Blake,\n\nThanks.')).salutationName).toBe('Blake');
    expect(detectRecipient(layout('Dear Sir/Madam,\n\nThanks.')).salutationName).toBeUndefined();
  });
});

describe('matching names to archive entries', () => {
  it('ignores case, accents and honorifics', () => {
    expect(normaliseName('The Rt Hon. KARIN SMYTH MP')).toBe('karin smyth');
    expect(matchPerson('Rt Hon Karín Smyth MP', catalogue)?.id).toBe('karin-smyth');
    expect(matchOrganisation('department of health & social care', catalogue)?.id).toBe(
      'department-of-health-and-social-care',
    );
    expect(matchOrganisation('SDSAF', catalogue)?.id).toBe(
      'sevenoaks-district-seniors-action-forum',
    );
  });

  it('matches a first name only to someone the letter names in full', () => {
    expect(matchPerson('Blake', catalogue, 'Dear Blake')).toBeUndefined();
    expect(matchPerson('Blake', catalogue, 'Blake Stephenson MP\n\nDear Blake')?.id).toBe(
      'blake-stephenson',
    );
  });

  it('never matches a stranger', () => {
    expect(matchPerson('Jane Doe', catalogue)).toBeUndefined();
  });

  it('suggests topics from their keywords, and none from a passing word', () => {
    const text =
      'The standard method for housing need, the Green Belt and the housing requirement.';
    expect(suggestTopics(text, catalogue).map((t) => t.id)).toContain('housing-targets');
    expect(suggestTopics('We spoke about a GP.', catalogue)).toEqual([]);
  });
});
