/**
 * The content model: one zod schema per collection, every field documented, and the
 * TypeScript types of validated entries inferred from them (`z.output`). The site's
 * collections (`src/content.config.ts`), the archive's checks (`src/lib/archive.ts`),
 * the importer (`scripts/import/`) and the test fixtures all use these, so the model
 * is written once. Nothing here imports Astro's runtime: `astro/zod` is zod itself.
 *
 * References to other entries are ids, turned into `{ id, collection }` as Astro's
 * `reference()` does. Whether the entry exists is checked across files by the archive
 * (`src/lib/archive.ts`), which fails the build naming the file and field.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from './calendar-date.ts';
import { ID_PATTERN } from './ids.ts';
import { isWebUrl, WEB_URL_RULE } from './web-url.ts';

/** The collections of `content/`, by folder name. */
export type CollectionName = 'letters' | 'people' | 'organisations' | 'topics' | 'constituencies';

/** A reference to another entry: its id and collection. */
export interface EntryRef {
  readonly id: string;
  readonly collection: string;
}

/** A reference by id to an entry of `collection`, read as `{ id, collection }`. */
const entryRef = (collection: CollectionName) =>
  z
    .string()
    .min(1)
    .transform((id): EntryRef => ({ id, collection }));

/** An ISO calendar date (`2024-10-03`), kept as a string so no time zone can shift it. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');

/** A month (`2024-02`) or a year (`2024`): the precision an estimate honestly has. */
const estimatedDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected an estimate written YYYY-MM or YYYY');

/**
 * A web address: every URL field of the content is one. Only `https:` and `http:`
 * (`javascript:`, `data:` and the rest would reach an `href`); see `web-url.ts`.
 */
const webUrl = z.string().refine(isWebUrl, WEB_URL_RULE);

/** Links to official pages about a person or organisation. */
const officialLinks = z
  .array(z.object({ label: z.string().min(1), url: webUrl }).strict())
  .default([]);

/** One side of a letter: a person, an organisation, or a person writing for an organisation. */
const correspondent = z
  .object({
    /** The person who signed or received the letter. */
    person: entryRef('people').optional(),
    /** The organisation they wrote for or to; alone when no person signs or is named. */
    organisation: entryRef('organisations').optional(),
  })
  .strict()
  .refine((c) => c.person !== undefined || c.organisation !== undefined, {
    message: 'name a person, an organisation, or both',
  });

/**
 * Someone other than the signatory whose words the letter passes on: the body marks
 * their words `> [!quote <id>]`, and every answer heading inside is their answer.
 */
const speaker = z
  .object({
    /** The key the body's `> [!quote <id>]` blocks use (`icb`). */
    id: z.string().regex(ID_PATTERN, 'expected a lower-case key such as icb'),
    /** The person who said it. */
    person: entryRef('people').optional(),
    /** The organisation they spoke for; alone when no person is named. */
    organisation: entryRef('organisations').optional(),
    /** The role they spoke in, as the letter gives it ("Acting Chief Executive"). */
    role: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.person !== undefined || s.organisation !== undefined, {
    message: 'name a person, an organisation, or both',
  });

/** A letter: its frontmatter. The body is the letter's full text, as markdown. */
export const letterSchema = z
  .object({
    /** A short human title for the letter, in the editor's words. */
    title: z.string().min(1),
    /** The date written on the letter. Leave it out when the letter states none. */
    date: isoDate.optional(),
    /** For an undated letter: the estimated month or year it was written. */
    date_estimated: estimatedDate.optional(),
    /** For an undated letter: why it is undated and how the estimate was reached. */
    date_note: z.string().min(1).optional(),
    /**
     * The day the letter was added to the archive (`"2024-03-01"`), if recorded: feeds date
     * and order its entry by it, so an old letter added today is new in a feed reader.
     */
    added: isoDate.optional(),
    /** Corrections to the transcription after it was published, each dated, shown on the letter. */
    corrections: z
      .array(
        z
          .object({
            /** The day of the correction (`"2025-01-12"`). */
            date: isoDate,
            /** What was corrected, in the editors' words. */
            note: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** The signatory. */
    from: correspondent,
    /** The role the signatory wrote in, as stated on the letter ("Minister of State for Health"). */
    from_role: z.string().min(1).optional(),
    /** The recipient: a person, or an organisation such as a residents' forum. */
    to: correspondent,
    /** The sender's reference, verbatim (`PO-1531376`). */
    reference: z.string().min(1).optional(),
    /** What the letter answers, in words ("correspondence of 3 September"). */
    in_reply_to: z.string().min(1).optional(),
    /** Constituencies the letter concerns. */
    constituencies: z.array(entryRef('constituencies')).default([]),
    /** Topics of the letter as a whole. Answers can add their own below. */
    topics: z.array(entryRef('topics')).min(1),
    /** People or bodies the letter quotes, whose answers are theirs and not the signatory's. */
    speakers: z.array(speaker).default([]),
    /** Topics of individual answers, by answer id (the heading's anchor). */
    answers: z
      .array(
        z
          .object({
            /** The answer's id: its heading's pinned `{#id}` or its slug. */
            id: z.string().regex(ID_PATTERN, 'expected a lower-case id such as housing-targets'),
            /** The topics this answer is on. */
            topics: z.array(entryRef('topics')).min(1),
            /**
             * Ids this answer was published under before, kept as anchors so old
             * links still land on it. Ids never change once published; if one must,
             * its old id goes here.
             */
            aliases: z.array(z.string().regex(ID_PATTERN, 'expected a lower-case id')).default([]),
          })
          .strict(),
      )
      .default([]),
    /** Where the original lives and how it was transcribed. */
    source: z
      .object({
        /** A public URL of the original, if there is one. */
        url: webUrl.optional(),
        /**
         * A file of the original (or the text as received) in `content/sources/`, by its
         * path there; published at `/sources/<file>` only while a published letter cites it.
         */
        file: z.string().min(1).optional(),
        /** How the text reached Postbag (transcribed from a PDF, an email, …). */
        description: z.string().min(1),
      })
      .strict(),
    /** Editor's notes on the transcription, shown with the letter. */
    transcription_notes: z.array(z.string().min(1)).default([]),
    /** Old slugs that must keep redirecting to this letter. */
    aliases: z.array(z.string().regex(ID_PATTERN)).default([]),
    /** A draft is kept out of the public build until an editor has reviewed it. */
    draft: z.boolean().default(false),
  })
  .strict();

/** A person who wrote, received or is quoted in letters, or a post whose holder is not named. */
export const personSchema = z
  .object({
    /** The name as usually written, without honorifics ("Karin Smyth"). */
    name: z.string().min(1),
    /** Honorific or post-nominals ("MP", "Rt Hon"). */
    honorific: z.string().min(1).optional(),
    /** True when the archive knows the post but not the holder's name. */
    unnamed: z.boolean().default(false),
    /** Roles over time, so a letter can show the role held when it was written. */
    roles: z
      .array(
        z
          .object({
            /** The role's title ("Minister of State for Health"). */
            title: z.string().min(1),
            /** The organisation the role belongs to. */
            organisation: entryRef('organisations').optional(),
            /** The constituency, for a Member of Parliament. */
            constituency: entryRef('constituencies').optional(),
            /** First day in the role (YYYY-MM-DD). */
            from: isoDate.optional(),
            /** Last day in the role; absent while it is held. */
            to: isoDate.optional(),
          })
          .strict(),
      )
      .default([]),
    /** Official pages about the person. */
    links: officialLinks,
  })
  .strict();

/** A department, NHS body, council, parliament or community group. */
export const organisationSchema = z
  .object({
    /** The organisation's name ("Department of Health and Social Care"). */
    name: z.string().min(1),
    /** A short form, if one is in common use ("DHSC"). */
    short_name: z.string().min(1).optional(),
    /** What kind of body it is. */
    kind: z.enum([
      'government-department',
      'parliament',
      'nhs-body',
      'local-authority',
      'community-group',
      'other',
    ]),
    /** The body it belongs to, if any. */
    parent: entryRef('organisations').optional(),
    /** One sentence on what it is. */
    description: z.string().min(1).optional(),
    /** Official pages. */
    links: officialLinks,
  })
  .strict();

/** A subject that letters and answers are filed under. */
export const topicSchema = z
  .object({
    /** The topic's title ("GP workforce"). */
    title: z.string().min(1),
    /** One paragraph on what the topic covers. */
    description: z.string().min(1),
    /** Words and phrases that suggest the topic (used by the importer). */
    keywords: z.array(z.string().min(1)).default([]),
    /** Topics a reader of this one may also want. */
    related: z.array(entryRef('topics')).default([]),
  })
  .strict();

/** A constituency of the House of Commons. */
export const constituencySchema = z
  .object({
    /** The constituency's name ("Mid Bedfordshire"). */
    name: z.string().min(1),
    /** The nation it lies in. */
    nation: z.enum(['England', 'Scotland', 'Wales', 'Northern Ireland']),
  })
  .strict();

/** A letter's frontmatter after validation. */
export type LetterData = z.output<typeof letterSchema>;
/** A person's data after validation. */
export type PersonData = z.output<typeof personSchema>;
/** An organisation's data after validation. */
export type OrganisationData = z.output<typeof organisationSchema>;
/** A topic's data after validation. */
export type TopicData = z.output<typeof topicSchema>;
/** A constituency's data after validation. */
export type ConstituencyData = z.output<typeof constituencySchema>;
/** One side of a letter, after validation. */
export type CorrespondentData = LetterData['from'];
/** A person or body a letter quotes, after validation. */
export type SpeakerData = LetterData['speakers'][number];
/** A correction to a letter's transcription, made after it was published. */
export type Correction = LetterData['corrections'][number];
/** A link to an official page. */
export type Link = PersonData['links'][number];
