/**
 * Constituencies, organisations, topics and people, resolved from their entries:
 * each reference to another entry looked up, each unknown one and each impossible
 * date reported as a content problem naming the file and field.
 */
import { isCalendarDate } from '../model/calendar-date';
import type { ConstituencyData, OrganisationData, PersonData, TopicData } from '../model/schemas';
import type { Constituency, Entry, Organisation, Person, Role, Topic } from './archive-model';
import { fileOf, refResolver, type ContentProblem, type RefResolver } from './content-problems';

/** Resolvers of references to each kind of entry. */
export interface Resolvers {
  readonly constituency: RefResolver<Constituency>;
  readonly organisation: RefResolver<Organisation>;
  readonly topic: RefResolver<Topic>;
  readonly person: RefResolver<Person>;
}

/** Every entry of a kind, by id. */
export interface EntryMaps {
  readonly constituencies: ReadonlyMap<string, Constituency>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly people: ReadonlyMap<string, Person>;
}

/** What the entries other than letters are made from. */
export interface EntryInput {
  readonly people: readonly Entry<PersonData>[];
  readonly organisations: readonly Entry<OrganisationData>[];
  readonly topics: readonly Entry<TopicData>[];
  readonly constituencies: readonly Entry<ConstituencyData>[];
}

function organisationOf(e: Entry<OrganisationData>): Organisation {
  return {
    id: e.id,
    name: e.data.name,
    shortName: e.data.short_name,
    kind: e.data.kind,
    parentId: e.data.parent?.id,
    description: e.data.description,
    links: e.data.links,
  };
}

function topicOf(e: Entry<TopicData>): Topic {
  return {
    id: e.id,
    title: e.data.title,
    description: e.data.description,
    keywords: e.data.keywords,
    relatedIds: e.data.related.map((r) => r.id),
  };
}

/** A person's roles, each date checked and each organisation and constituency resolved. */
function rolesOf(
  e: Entry<PersonData>,
  resolve: Pick<Resolvers, 'organisation' | 'constituency'>,
  problems: ContentProblem[],
): Role[] {
  const file = fileOf(e, 'people');
  return e.data.roles.map((r, i) => {
    for (const [field, value] of [
      ['from', r.from],
      ['to', r.to],
    ] as const) {
      if (value !== undefined && !isCalendarDate(value)) {
        problems.push({
          file,
          field: `roles[${i}].${field}`,
          message: `"${value}" is not a real date`,
        });
      }
    }
    return {
      title: r.title,
      organisation: resolve.organisation(r.organisation, file, `roles[${i}].organisation`),
      constituency: resolve.constituency(r.constituency, file, `roles[${i}].constituency`),
      from: r.from,
      to: r.to,
    };
  });
}

/** Resolves every entry other than letters, and the resolvers letters look them up with. */
export function resolveEntries(
  input: EntryInput,
  problems: ContentProblem[],
): { maps: EntryMaps; resolve: Resolvers } {
  const constituencies = new Map(input.constituencies.map((e) => [e.id, { id: e.id, ...e.data }]));
  const organisations = new Map(input.organisations.map((e) => [e.id, organisationOf(e)]));
  const topics = new Map(input.topics.map((e) => [e.id, topicOf(e)]));
  const constituency = refResolver(constituencies, 'constituency', problems);
  const organisation = refResolver(organisations, 'organisation', problems);
  const topic = refResolver(topics, 'topic', problems);
  for (const e of input.organisations) {
    organisation(e.data.parent, fileOf(e, 'organisations'), 'parent');
  }
  for (const e of input.topics) {
    e.data.related.forEach((r, i) => topic(r, fileOf(e, 'topics'), `related[${i}]`));
  }
  const people = new Map<string, Person>(
    input.people.map((e) => [
      e.id,
      {
        id: e.id,
        name: e.data.name,
        honorific: e.data.honorific,
        unnamed: e.data.unnamed,
        roles: rolesOf(e, { organisation, constituency }, problems),
        links: e.data.links,
      },
    ]),
  );
  const person = refResolver(people, 'person', problems);
  return {
    maps: { constituencies, organisations, topics, people },
    resolve: { constituency, organisation, topic, person },
  };
}
