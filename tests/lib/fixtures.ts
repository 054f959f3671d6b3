/** Small, hand-made archive entries for unit tests: never the real content. */
import type { ArchiveInput, Entry } from '../../src/lib/archive';
import type {
  ConstituencyData,
  LetterData,
  OrganisationData,
  PersonData,
  TopicData,
} from '../../src/model/schemas';

const ref = (collection: string, id: string) => ({ collection, id });

/** A letter entry with sensible defaults; override any field. */
export function letterEntry(
  id: string,
  data: Partial<LetterData> = {},
  body = '## Housing targets {#housing-targets}\n\nThe answer.\n',
): Entry<LetterData> {
  return {
    id,
    filePath: `content/letters/${id}.md`,
    body,
    data: {
      title: `Letter ${id}`,
      date: '2024-10-03',
      from: { person: ref('people', 'ann-minister') },
      to: { organisation: ref('organisations', 'forum') },
      constituencies: [ref('constituencies', 'sevenoaks')],
      topics: [ref('topics', 'housing')],
      speakers: [],
      corrections: [],
      answers: [{ id: 'housing-targets', topics: [ref('topics', 'housing')], aliases: [] }],
      source: { description: 'Typed from a PDF.' },
      transcription_notes: [],
      aliases: [],
      draft: false,
      ...data,
    },
  };
}

const person = (id: string, data: PersonData): Entry<PersonData> => ({
  id,
  filePath: `content/people/${id}.yaml`,
  data,
});

/** An archive with one minister, one forum, one topic and the given letters. */
export function archiveInput(letters: Entry<LetterData>[]): ArchiveInput {
  return {
    letters,
    people: [
      person('ann-minister', {
        name: 'Ann Minister',
        honorific: 'MP',
        unnamed: false,
        roles: [
          {
            title: 'Member of Parliament for Sevenoaks',
            constituency: ref('constituencies', 'sevenoaks'),
            from: '2019-12-12',
          },
          {
            title: 'Minister of State for Health',
            organisation: ref('organisations', 'dept'),
            from: '2024-07-08',
          },
        ],
        links: [],
      }),
    ],
    organisations: [
      {
        id: 'dept',
        filePath: 'content/organisations/dept.yaml',
        data: {
          name: 'A Department',
          kind: 'government-department',
          links: [],
        } satisfies OrganisationData,
      },
      {
        id: 'forum',
        filePath: 'content/organisations/forum.yaml',
        data: { name: 'A Forum', kind: 'community-group', links: [] } satisfies OrganisationData,
      },
    ],
    topics: [
      {
        id: 'housing',
        filePath: 'content/topics/housing.yaml',
        data: {
          title: 'Housing',
          description: 'Homes.',
          keywords: [],
          related: [],
        } satisfies TopicData,
      },
    ],
    constituencies: [
      {
        id: 'sevenoaks',
        filePath: 'content/constituencies/sevenoaks.yaml',
        data: { name: 'Sevenoaks', nation: 'England' } satisfies ConstituencyData,
      },
    ],
  };
}

export { ref };
