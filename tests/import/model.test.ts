/**
 * Every draft the importer writes is a letter of the site's content model: its
 * frontmatter, read as the content loader reads it, passes the model's schema
 * (`src/model/schemas.ts`), and the site's own reader finds in its body every
 * answer its frontmatter lists.
 */
import { describe, expect, it } from 'vitest';
import { readLetter } from '../../src/lib/answers.ts';
import { readLetterSource } from '../../src/markdown/letter-body.ts';
import { letterSchema } from '../../src/model/schemas.ts';
import { fixture, importFile, KARIN_SMYTH_SEED, LAURA_TROTT_SEED } from './support.ts';

const SOURCES = [
  fixture('emailed-reply.eml'),
  fixture('extracted-from-pdf.txt'),
  fixture('team-letter.docx'),
  fixture('two-column-letterhead.pdf'),
  fixture('undated-note.md'),
  KARIN_SMYTH_SEED,
  LAURA_TROTT_SEED,
];

describe('the importer’s drafts', () => {
  it.each(SOURCES)('%s becomes a draft the content model accepts', async (path) => {
    const draft = await importFile(path);
    const { frontmatter, body } = readLetterSource(draft.markdown);
    const parsed = letterSchema.safeParse(frontmatter);
    expect(parsed.error?.issues ?? [], draft.slug).toEqual([]);
    const ids = readLetter(body, `${draft.slug}.md`).answers.map((a) => a.id);
    for (const answer of parsed.data?.answers ?? []) expect(ids).toContain(answer.id);
    expect(parsed.data?.draft).toBe(true);
  });
});
