/**
 * The content model. `content/` is the archive's database: one file per letter,
 * person, organisation, topic and constituency. Every field is documented here;
 * DESIGN.md explains the model and README.md shows an example letter.
 *
 * Astro's `reference()` only logs a missing entry, so the archive checks every
 * reference itself (`src/lib/archive.ts`) and fails the build naming the file.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { letterLoader } from './data/letter-loader';
import { contentRoot } from './lib/content-location';
import { isCalendarDate } from './lib/dates';
import { isWebUrl, WEB_URL_RULE } from './lib/web-url';

/** Files starting with `_` are notes or templates, never published. */
const contentFiles = (folder: string, extensions: string) => ({
  base: `${contentRoot()}/${folder}`,
  pattern: [`**/[^_]*.${extensions}`],
});
const contentGlob = (folder: string, extensions: string) => glob(contentFiles(folder, extensions));

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
 * (`javascript:`, `data:` and the rest would reach an `href`); see `src/lib/web-url.ts`.
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
    person: reference('people').optional(),
    /** The organisation they wrote for or to; alone when no person signs or is named. */
    organisation: reference('organisations').optional(),
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
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case key such as icb'),
    /** The person who said it. */
    person: reference('people').optional(),
    /** The organisation they spoke for; alone when no person is named. */
    organisation: reference('organisations').optional(),
    /** The role they spoke in, as the letter gives it ("Acting Chief Executive"). */
    role: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.person !== undefined || s.organisation !== undefined, {
    message: 'name a person, an organisation, or both',
  });

const letters = defineCollection({
  // Frontmatter only: the site reads and renders the markdown itself (see letter-loader.ts).
  loader: letterLoader(contentFiles('letters', 'md')),
  schema: z
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
      constituencies: z.array(reference('constituencies')).default([]),
      /** Topics of the letter as a whole. Answers can add their own below. */
      topics: z.array(reference('topics')).min(1),
      /** People or bodies the letter quotes, whose answers are theirs and not the signatory's. */
      speakers: z.array(speaker).default([]),
      /** Topics of individual answers, by answer id (the heading's anchor). */
      answers: z
        .array(
          z
            .object({
              /** The answer's id: its heading's pinned `{#id}` or its slug. */
              id: z
                .string()
                .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as housing-targets'),
              /** The topics this answer is on. */
              topics: z.array(reference('topics')).min(1),
              /**
               * Ids this answer was published under before, kept as anchors so old
               * links still land on it. Ids never change once published; if one must,
               * its old id goes here.
               */
              aliases: z
                .array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id'))
                .default([]),
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
      aliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
      /** A draft is kept out of the public build until an editor has reviewed it. */
      draft: z.boolean().default(false),
    })
    .strict(),
});

const people = defineCollection({
  loader: contentGlob('people', 'yaml'),
  schema: z
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
              organisation: reference('organisations').optional(),
              /** The constituency, for a Member of Parliament. */
              constituency: reference('constituencies').optional(),
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
    .strict(),
});

const organisations = defineCollection({
  loader: contentGlob('organisations', 'yaml'),
  schema: z
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
      parent: reference('organisations').optional(),
      /** One sentence on what it is. */
      description: z.string().min(1).optional(),
      /** Official pages. */
      links: officialLinks,
    })
    .strict(),
});

const topics = defineCollection({
  loader: contentGlob('topics', 'yaml'),
  schema: z
    .object({
      /** The topic's title ("GP workforce"). */
      title: z.string().min(1),
      /** One paragraph on what the topic covers. */
      description: z.string().min(1),
      /** Words and phrases that suggest the topic (used by the importer). */
      keywords: z.array(z.string().min(1)).default([]),
      /** Topics a reader of this one may also want. */
      related: z.array(reference('topics')).default([]),
    })
    .strict(),
});

const constituencies = defineCollection({
  loader: contentGlob('constituencies', 'yaml'),
  schema: z
    .object({
      /** The constituency's name ("Mid Bedfordshire"). */
      name: z.string().min(1),
      /** The nation it lies in. */
      nation: z.enum(['England', 'Scotland', 'Wales', 'Northern Ireland']),
    })
    .strict(),
});

export const collections = { letters, people, organisations, topics, constituencies };
