import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive';
import { facetOptions, letterFacets, letterSearchMeta } from '../../src/lib/search-facets';
import { archiveInput, letterEntry, ref } from './fixtures';

describe('search facets', () => {
  const archive = buildArchive(
    archiveInput([
      letterEntry('a', {
        from: { person: ref('people', 'ann-minister'), organisation: ref('organisations', 'dept') },
        reference: 'PO-1',
        from_role: 'Minister',
      }),
      letterEntry('b', { date: undefined, date_estimated: '2023-02', date_note: 'Why.' }),
    ]),
  );
  const [a, b] = archive.letters;

  it('files a letter under its topics, sender, recipient, organisations, year and constituencies', () => {
    expect(a && letterFacets(a)).toEqual({
      topic: ['housing'],
      from: ['ann-minister'],
      to: ['forum'],
      organisation: ['dept', 'forum'],
      year: ['2024'],
      constituency: ['sevenoaks'],
    });
  });

  it('files an undated letter under the year of its estimate', () => {
    expect(b && letterFacets(b).year).toEqual(['2023']);
  });

  it('gives results the displayed date, the sender with role, the reference, and topics and speakers for answers', () => {
    expect(a && letterSearchMeta(a)).toEqual({
      date: '3 October 2024',
      from: 'Ann Minister MP, Minister',
      reference: 'PO-1',
      letterTopics: '["housing"]',
      answerTopics: '{"housing-targets":["housing"]}',
      topicTitles: '{"housing":"Housing"}',
      answerSpeakers: '{}',
    });
    expect(b && letterSearchMeta(b).date).toBe('Undated (c. February 2023)');
  });

  it('offers every used value with a label, years newest first', () => {
    const options = facetOptions(archive);
    expect(options.year.map((o) => o.value)).toEqual(['2024', '2023']);
    expect(options.from).toEqual([{ value: 'ann-minister', label: 'Ann Minister MP' }]);
    expect(options.organisation.map((o) => o.label)).toEqual(['A Department', 'A Forum']);
    expect(options.topic).toEqual([{ value: 'housing', label: 'Housing' }]);
  });
});
