/**
 * Shapes of real letters that the importer must read: header blocks run into the
 * salutation, sign-offs followed by the name in the same paragraph, signing teams,
 * an earlier email quoted below the reply, label grids, references in other shapes,
 * and recipients by their fullest name. The letters are invented.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../scripts/import/html-text.ts';
import { draftText } from './support';

const draftOf = draftText;

const summaryOf = (text: string) => {
  const { summary } = draftOf(text);
  return {
    date: summary.date,
    reference: summary.reference,
    from: summary.from.name ?? summary.from.organisation,
    to: summary.to.name ?? summary.to.organisation,
  };
};

describe('email replies', () => {
  it('reads a header block run into the salutation, and a name after "Best wishes," in its paragraph', () => {
    const text = [
      'Date: Wed, 12 Mar 2025 10:04:11 +0000 (UTC)\nFrom: Robin Quayle MP\nTo: Petra Lindqvist\nDear Petra,',
      'Thank you for writing to me about the library.',
      'Best wishes,\nDr Robin Quayle MP',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual({
      date: '2025-03-12',
      reference: null,
      from: 'Robin Quayle',
      to: 'Petra Lindqvist',
    });
  });

  it('takes the reply’s own signature, not that of the earlier email quoted below a rule', () => {
    const text = [
      'Dear Mr Orme,',
      'Thank you for your email. We will reply as soon as we can.',
      'Yours sincerely,\nParish Records Team',
      '----------------------------------------',
      'Dear Records Office,\nI wrote on 3rd May 2019 and have had no reply.',
      '4th June 2019',
      'Yours faithfully,\n\nK L Orme',
    ].join('\n\n');
    expect(summaryOf(text)).toMatchObject({ date: null, from: 'Parish Records Team' });
  });

  it('stops at an "On … wrote:" line quoting an earlier email', () => {
    const text = [
      'Dear Jo,',
      'Thanks for this; I have passed it on.',
      'Kind regards,\nAmira Castell',
      'On Tue, 8 Sep 2015 at 15:56, Jo Hatt <jo@example.org> wrote:',
      'Dear Amira, can you help?',
      'Kind regards,\nJo Hatt',
    ].join('\n\n');
    expect(summaryOf(text)).toMatchObject({ from: 'Amira Castell', to: 'Jo' });
  });

  it('reads on past "On 7 April 2021 you wrote:", which quotes the request, not an earlier email', () => {
    const text = [
      'Dear Ms Pell,',
      'Thank you for your request for information.',
      'On 7 April 2021 you wrote:',
      '"Please tell me how many housing officers the trust employs."',
      'The trust employs two housing officers.',
      'Yours sincerely,\nRecords Team',
    ].join('\n\n');
    expect(summaryOf(text).from).toBe('Records Team');
  });

  it('reads a reference padded with non-breaking spaces, without the column after it, and a signing team', () => {
    const text = [
      'Our reference: 5550123\u00a0\u00a0 \u00a0 \u00a0 \u00a0Information request',
      '\u00a0\nDear\u00a0 Tomasz Brennan-Hale\n\u00a0',
      'Thank you for your request.',
      'Yours sincerely\n\u00a0\n\u00a0',
      'Records & Access Team\n\u00a0',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual({
      date: null,
      reference: '5550123',
      from: 'Records & Access Team',
      to: 'Tomasz Brennan-Hale',
    });
  });
});

describe('email replies, continued', () => {
  it('finds a sign-off at the end of a paragraph, and makes a first name full from the From header', () => {
    const text = [
      'From: Dr Robin Quayle MP <robin@example.org>\nTo: Petra Lindqvist <petra@example.org>; Office <office@example.org>\nSubject: Library',
      'Dear Petra,',
      'Thank you for writing to me about the library.\nThank you again for contacting me.\nBest wishes,\nRobin',
    ].join('\n\n');
    expect(summaryOf(text)).toMatchObject({ from: 'Robin Quayle', to: 'Petra Lindqvist' });
  });

  it('reads the header block of an email without a salutation, and skips a bracketed note in the signature', () => {
    const text =
      'From: Records Team <records@example.org>\nTo: Ann Lowe <ann@example.org>\nSubject: Your request\n\nPlease find the figures attached.\n\nKind regards,\n[signature]\nOrla Kettering';
    expect(summaryOf(text)).toMatchObject({ from: 'Orla Kettering', to: 'Ann Lowe' });
  });

  it('reads the date and sender of a reply published as an "On …, … wrote:" quotation', () => {
    const text =
      'On Tue, 8 Sep 2015 at 15:56, Beccy Example <beccy@example.org> wrote:\n\nDear Mark,\n\nThank you for your email.\n\nBest wishes,\n\nBeccy';
    expect(summaryOf(text)).toMatchObject({
      date: '2015-09-08',
      from: 'Beccy Example',
      to: 'Mark',
    });
  });

  it.each([
    ['Date: 2021-04-12', '2021-04-12'],
    ['Date of response: 3 May 2021', '2021-05-03'],
    ['On Tue, 8 Sep 2015 at 15:56', '2015-09-08'],
  ])('reads the date line "%s"', (line, date) => {
    expect(summaryOf(`${line}\n\nDear Ann,\n\nThank you.\n\nRegards,\nRecords Team`).date).toBe(
      date,
    );
  });
});

describe('signatures', () => {
  it('reads a name below a rule after "Kind regards"', () => {
    const text =
      'Dear Ms Fenwick,\n\nPlease find our response below.\n\nKind regards\n\n-----------------\nOrla Kettering\nRecords Manager\nEmail: records@example.org';
    expect(summaryOf(text).from).toBe('Orla Kettering');
  });

  it('cuts a team signature run into one line with its address', () => {
    const text =
      'Dear Sir,\n\nThe information is not held.\n\nYours sincerely\n\nInformation Rights Team Westvale Health NHS Trust Headquarters 12 Mill Road Westvale WV1 1AA Tel: 01234 567890';
    expect(summaryOf(text).from).toBe('Information Rights Team');
  });

  it('skips a "pp" line and unglues a name that PDF extraction ran together', () => {
    const text =
      'Dear Sir,\n\nThank you.\n\nYours faithfully,\n\npp\nMarisolTrevanion\nChief Executive';
    expect(summaryOf(text).from).toBe('Marisol Trevanion');
  });

  it.each([
    ['Jane Tallis, Head of Records', 'Jane Tallis'],
    ['On behalf of the Records Team', 'Records Team'],
  ])('reads the signature "%s" as %s', (signature, from) => {
    expect(summaryOf(`Dear Sir,\n\nThank you.\n\nYours faithfully,\n\n${signature}`).from).toBe(
      from,
    );
  });

  it('falls back to the organisation the letterhead and footer name when nothing is signed', () => {
    const text = [
      'Response to Request',
      'Our Ref: FOI 25-301',
      '3 March 2025',
      'The information requested is attached. Riverbend Community Healthcare NHS Foundation Trust holds no more.',
      'Records Directorate Riverbend Community Healthcare NHS Foundation Trust',
      'Records Directorate Riverbend Community Healthcare NHS Foundation Trust',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual({
      date: '2025-03-03',
      reference: 'FOI 25-301',
      from: 'Riverbend Community Healthcare NHS Foundation Trust',
      to: null,
    });
  });
});

describe('references and recipients', () => {
  it('reads labels and values from the cells of a Word letterhead table', () => {
    const html =
      '<table><tr><td><p>Our ref:</p></td><td><p>FOI 4410</p></td></tr><tr><td><p>Date:</p></td><td><p>12 May 2025</p></td></tr></table>' +
      '<p>Dear Ms Pell,</p><p>Thank you.</p><p>Yours sincerely,</p><p>Records Team</p>';
    expect(summaryOf(htmlToText(html))).toMatchObject({
      date: '2025-05-12',
      reference: 'FOI 4410',
    });
  });

  it('pairs a column of labels with the column of values after it', () => {
    const text = [
      'Request 25 400',
      'Our Reference:\nName:\nDate:',
      'RQ 25 400 / AB / CD\nHelena Marsh\n9th April 2025',
      'Dear Helena,',
      'Please find our response below.',
      'Kind regards,\n\nRecords Team',
    ].join('\n\n');
    expect(summaryOf(text)).toEqual({
      date: '2025-04-09',
      reference: 'RQ 25 400 / AB / CD',
      from: 'Records Team',
      to: 'Helena Marsh',
    });
  });

  it('prefers the full name in the address block to a generic or shortened salutation', () => {
    const head = '14 April 2025\n\nGideon Farrow\nSent by email only to:\ngideon@example.org';
    const reply = '\n\nThank you.\n\nYours sincerely,\n\nRecords Team';
    expect(summaryOf(`${head}\n\nDear Requester,${reply}`).to).toBe('Gideon Farrow');
    expect(summaryOf(`${head}\n\nDear Mr Farrow,${reply}`).to).toBe('Gideon Farrow');
    expect(summaryOf(`Requester: Gideon Farrow\n\nDear Mr G. Farrow${reply}`).to).toBe(
      'Gideon Farrow',
    );
    expect(summaryOf(`Dear Sir/Madam,${reply}`).to).toBe('Sir/Madam');
    const sender =
      'Gideon Hale\nRecords Manager\ngideon.hale@example.org\n\nDear Gideon,\n\nThank you.\n\nYours sincerely,\n\nGideon Hale';
    expect(summaryOf(sender).to).toBe('Gideon');
  });

  it.each([
    ['Freedom of Information Act 2000 request: FOI0012345', 'FOI0012345'],
    ['Freedom of Information Request 017', '017'],
    ['Freedom of Information/RFI-2207', 'RFI-2207'],
    ['FOI ID 25375', '25375'],
    ['FOI request number: 4471', '4471'],
    ['Ref. FOI 2844 – parking charges at all three of our hospital sites', 'FOI 2844'],
    [
      'RE: your request about car parking charges at all three hospital sites, FOI21-5307',
      'FOI21-5307',
    ],
  ])('reads the reference in the subject line "%s"', (subject, reference) => {
    const text = `Dear Ms Pell,\n\n${subject}\n\nThank you for your request under the Freedom of Information Act 2000.\n\nYours sincerely,\n\nRecords Team`;
    expect(summaryOf(text).reference).toBe(reference);
  });

  it('reads a "Sent:" header and an "On …" date', () => {
    const text =
      'From: Records Team\nSent: Tuesday, 8 September 2015 15:56\nTo: Ann Lowe\nSubject: Your request\n\nDear Ann,\n\nThank you.\n\nRegards,\nRecords Team';
    expect(summaryOf(text)).toMatchObject({ date: '2015-09-08', to: 'Ann Lowe' });
  });
});

describe('where each field came from', () => {
  it('gives each field its source line and a confidence, and lists guesses in the TODO list', () => {
    const footer = 'Records Directorate Riverbend Community Healthcare NHS Foundation Trust';
    const text = [
      'Our Ref: FOI 25-301',
      '3 March 2025',
      'The information requested is attached.',
      footer,
      footer,
    ].join('\n\n');
    const draft = draftOf(text);
    expect(draft.summary.found).toEqual({
      date: { line: '3 March 2025', confidence: 'high' },
      reference: { line: 'Our Ref: FOI 25-301', confidence: 'high' },
      from: { line: footer, confidence: 'low' },
      to: null,
    });
    expect(draft.markdown).toContain(
      `# - [ ] from: a guess ("Riverbend Community Healthcare NHS Foundation Trust", from the line "${footer}"); check it`,
    );
    expect(draft.markdown).toContain('# - [ ] to: no recipient found');
  });
});
