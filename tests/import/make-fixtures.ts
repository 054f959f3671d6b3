/**
 * Makes the importer's binary test fixtures: PDFs (with pdf-lib) and a Word file
 * (with docx). The text, email and broken fixtures are written by hand and live
 * beside them. Run `node tests/import/make-fixtures.ts` after changing this file,
 * and commit the results.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

// Fixed dates keep the files byte-for-byte the same on every run.
const MADE = new Date('2025-01-01T00:00:00Z');

/** A letter with the department's name on the left and the minister's address in a right-hand column, and a question | reply table. */
async function twoColumnPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(MADE);
  pdf.setModificationDate(MADE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const write = (text: string, x: number, y: number, size = 11): void => {
    page.drawText(text, { x, y, size, font });
  };
  // Letterhead: two columns on the same rows.
  write('Department', 50, 790, 14);
  write('From Karin Smyth MP', 360, 790);
  write('of Health &', 50, 774, 14);
  write('Minister of State for Health', 360, 776);
  write('Social Care', 50, 758, 14);
  write('39 Victoria Street', 360, 762);
  write('London', 360, 748);
  write('SW1H 0EU', 360, 734);
  write('Our ref: PO-1234567', 360, 700);
  write('Blake Stephenson MP', 50, 680);
  write('House of Commons', 50, 666);
  write('5th May 2025', 360, 646);
  // Body: full-width lines.
  write('Dear Blake,', 50, 610);
  write(
    'Thank you for your letter about the new surgery in Wixams. I answer your two questions below.',
    50,
    590,
  );
  // Question | reply table.
  write('1. When will the surgery open?', 50, 560);
  write('The integrated care board expects it to open', 300, 560);
  write('in the spring.', 300, 546);
  write('2. Who will pay for the building?', 50, 516);
  write('The developer contribution and the ICB.', 300, 516);
  write('I hope this reply is helpful.', 50, 480);
  write('Yours sincerely,', 50, 456);
  write('Karin Smyth', 50, 420);
  return pdf.save();
}

/** A scan: a page with a drawing and no text layer. */
async function textlessPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(MADE);
  pdf.setModificationDate(MADE);
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 600, width: 300, height: 150, color: rgb(0.2, 0.2, 0.2) });
  return pdf.save();
}

/** A letter from a team, with a reference and date labelled in capitals, bullets, a numbered list and a table. */
async function teamDocx(): Promise<Buffer> {
  const cell = (text: string) =>
    new TableCell({ children: [new Paragraph(text)], width: { size: 4500, type: WidthType.DXA } });
  const doc = new Document({
    creator: 'Postbag tests',
    lastModifiedBy: 'Postbag tests',
    sections: [
      {
        children: [
          new Paragraph('NHS Kent and Medway'),
          new Paragraph('REF: FOI 2024/0457'),
          new Paragraph('DATE: 06/04/2021'),
          new Paragraph("Sevenoaks District Seniors' Action Forum"),
          new Paragraph('Dear Forum members,'),
          new Paragraph({
            children: [
              new TextRun('Thank you for your questions about '),
              new TextRun('Pharmacy First'),
              new TextRun(' and the GP workforce in Sevenoaks.'),
            ],
          }),
          new Paragraph('Our programmes for GP trainees include:'),
          new Paragraph({ text: 'more GP Trainee places;', bullet: { level: 0 } }),
          new Paragraph({ text: 'support for practice nurses;', bullet: { level: 0 } }),
          new Paragraph({ text: 'coaching for established GPs.', bullet: { level: 0 } }),
          new Paragraph('We will do three things next:'),
          new Paragraph('1) recruit more medical staff;'),
          new Paragraph('2) expand the primary care team;'),
          new Paragraph('3) report back to the forum.'),
          new Table({
            rows: [
              new TableRow({ children: [cell('Question'), cell('Reply')] }),
              new TableRow({ children: [cell('Will GP numbers rise?'), cell('Yes, by 2026.')] }),
            ],
          }),
          new Paragraph('Yours faithfully,'),
          new Paragraph('Primary Care Team'),
          new Paragraph('NHS Kent and Medway'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

await writeFile(join(FIXTURES, 'two-column-letterhead.pdf'), await twoColumnPdf());
await writeFile(join(FIXTURES, 'scanned-no-text.pdf'), await textlessPdf());
await writeFile(join(FIXTURES, 'team-letter.docx'), await teamDocx());
process.stdout.write(`fixtures written to ${FIXTURES}\n`);
