import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { jsonLdScript, letterJsonLd, letterMetaTags } from '../../src/lib/page-metadata';
import { archiveInput, letterEntry } from './fixtures';

const SITE = 'https://postbag.example.org';

describe('letter page metadata', () => {
  const { letters } = buildArchive(
    archiveInput([
      letterEntry('dated', { reference: 'PO-1', source: { description: 'x', file: 'dated.pdf' } }),
      letterEntry('undated', { date: undefined, date_estimated: '2024-02', date_note: 'Why.' }),
    ]),
  );
  const dated = letters.find((l) => l.slug === 'dated');
  const undated = letters.find((l) => l.slug === 'undated');
  if (dated === undefined || undated === undefined) throw new Error('fixtures');
  const byName = (tags: ReturnType<typeof letterMetaTags>) =>
    Object.fromEntries(tags.map((t) => ['name' in t ? t.name : t.property, t.content]));

  it('gives reference managers the Highwire fields Zotero reads', () => {
    const tags = byName(letterMetaTags(dated, SITE));
    expect(tags).toMatchObject({
      citation_title: 'Letter dated',
      citation_author: 'Ann Minister',
      citation_date: '2024/10/03',
      citation_publisher: 'Postbag',
      citation_public_url: 'https://postbag.example.org/letters/dated/',
      citation_pdf_url: 'https://postbag.example.org/sources/dated.pdf',
      citation_keywords: 'Housing',
      'DC.type': 'letter',
      'og:url': 'https://postbag.example.org/letters/dated/',
      'twitter:card': 'summary',
      'article:published_time': '2024-10-03',
    });
  });

  it('dates an undated letter only as precisely as its estimate, and has no PDF without one', () => {
    const tags = byName(letterMetaTags(undated, SITE));
    expect(tags['citation_date']).toBe('2024/02');
    expect(tags['citation_pdf_url']).toBeUndefined();
    expect(tags['article:published_time']).toBeUndefined();
  });

  it('describes the letter as a schema.org Message between its correspondents', () => {
    expect(letterJsonLd(dated, SITE)).toMatchObject({
      '@type': 'Message',
      url: 'https://postbag.example.org/letters/dated/',
      sender: { '@type': 'Person', name: 'Ann Minister' },
      recipient: { '@type': 'Organization', name: 'A Forum' },
      dateSent: '2024-10-03',
      identifier: 'PO-1',
    });
    expect(letterJsonLd(undated, SITE)).toMatchObject({ temporalCoverage: '2024-02' });
  });

  it('never lets JSON-LD text close its script element', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
