import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import {
  answerCitationTitle,
  answerLabel,
  answerNumberPhrase,
  bibtexEscape,
  citeAnswer,
  citeLetter,
} from '../../src/lib/citations';
import { archiveInput, letterEntry } from './fixtures';

const SITE = 'https://postbag.example.org';
const body =
  '## 4. Housing targets {#housing-targets}\n\nThe answer.\n\n## Closing words {#closing}\n\nBye.\n';

describe('citing letters and answers', () => {
  const archive = buildArchive(
    archiveInput([
      letterEntry(
        '2024/dated',
        { reference: 'PO-1531376', from_role: 'Minister of State for Health' },
        body,
      ),
      letterEntry(
        '2024/undated',
        { date: undefined, date_estimated: '2024-02', date_note: 'Why.' },
        body,
      ),
    ]),
  );
  const dated = archive.letters.find((l) => l.slug === 'dated');
  const undated = archive.letters.find((l) => l.slug === 'undated');
  if (dated === undefined || undated === undefined) throw new Error('fixtures missing');
  const [housing, closing] = dated.answers;
  if (housing === undefined || closing === undefined) throw new Error('answers missing');

  it('names author, role, recipient, date, reference and permalink in the plain form', () => {
    expect(citeLetter(dated, SITE).plain).toBe(
      'Ann Minister MP (Minister of State for Health), reply to the A Forum, 3 October 2024, ref. PO-1531376. Postbag. https://postbag.example.org/letters/dated/',
    );
  });

  it('cites an answer by number and title with its own permalink', () => {
    expect(citeAnswer(dated, housing, SITE).plain).toBe(
      'Ann Minister MP (Minister of State for Health), reply to the A Forum, 3 October 2024, ref. PO-1531376, answer 4, “Housing targets”. Postbag. https://postbag.example.org/letters/dated/#housing-targets',
    );
  });

  it('cites an unnumbered section by its title alone', () => {
    expect(citeAnswer(dated, closing, SITE).plain).toContain(
      'ref. PO-1531376, “Closing words”. Postbag.',
    );
  });

  it('says a letter is undated and gives the estimate, with the role held at that time', () => {
    expect(citeLetter(undated, SITE).plain).toBe(
      'Ann Minister MP (Member of Parliament for Sevenoaks), reply to the A Forum, undated (c. February 2024). Postbag. https://postbag.example.org/letters/undated/',
    );
  });

  it('gives BibTeX with every field', () => {
    expect(citeAnswer(dated, housing, SITE).bibtex).toBe(
      [
        '@misc{postbag:dated:housing-targets,',
        '  author = {Minister, Ann},',
        '  title = {{Letter 2024/dated: answer 4, “Housing targets”}},',
        '  howpublished = {Letter from the Minister of State for Health to A Forum},',
        '  year = {2024},',
        '  month = oct,',
        '  note = {Reference PO-1531376},',
        '  publisher = {Postbag},',
        '  url = {https://postbag.example.org/letters/dated/#housing-targets}',
        '}',
      ].join('\n'),
    );
  });

  it('keeps a name BibTeX cannot split (a comma, an "and") whole, as the author', () => {
    for (const name of ['Acting Chief Executive, NHS Kent and Medway', 'Smith and Jones']) {
      const input = archiveInput([letterEntry('2024/post', {}, body)]);
      const [minister] = input.people;
      if (minister === undefined) throw new Error('fixture person missing');
      const renamed = { ...input, people: [{ ...minister, data: { ...minister.data, name } }] };
      const [letter] = buildArchive(renamed).letters;
      if (letter === undefined) throw new Error('fixture letter missing');
      expect(citeLetter(letter, SITE).bibtex).toContain(`  author = {{${name}}},`);
    }
  });

  it('gives an undated letter its estimated month and a note in BibTeX', () => {
    const bibtex = citeLetter(undated, SITE).bibtex;
    expect(bibtex).toContain('  year = {2024},\n  month = feb,');
    expect(bibtex).toContain('  note = {Undated; estimated February 2024},');
  });

  it('escapes characters TeX would read as commands', () => {
    expect(bibtexEscape('R&D 50% {x} #1 a_b ~ ^ \\')).toBe(
      'R\\&D 50\\% \\{x\\} \\#1 a\\_b \\~{} \\^{} \\textbackslash{}',
    );
  });

  it('reads answer numbers, including ranges like 9–10', () => {
    expect(answerLabel({ title: '9–10. Medical centre' })).toEqual({
      number: '9–10',
      title: 'Medical centre',
    });
    expect(answerLabel({ title: 'Rural health' })).toEqual({
      number: undefined,
      title: 'Rural health',
    });
  });

  it('cites a heading that joins several numbered questions as a range of answers', () => {
    expect(
      answerLabel({ title: '9. Will there be a centre or 10. Will practices cope?' }).number,
    ).toBe('9–10');
    expect(answerNumberPhrase('9–10')).toBe('answers 9–10');
    expect(answerNumberPhrase('4')).toBe('answer 4');
  });

  it('quotes each question of such a heading, without the inner number', () => {
    const answer = {
      title:
        '6. What are the plans for staff to cope with growth. 7. What are the plans for current shortages?',
      editorial: false,
    };
    expect(answerCitationTitle(answer)).toBe(
      'answers 6–7, “What are the plans for staff to cope with growth.” and “What are the plans for current shortages?”',
    );
    expect(answerCitationTitle({ title: '4. Housing targets', editorial: false })).toBe(
      'answer 4, “Housing targets”',
    );
  });
});
