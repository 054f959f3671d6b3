/**
 * The archive's domain: content entries resolved into linked objects (a letter
 * holds its sender's Person, not an id). `src/lib/archive.ts` builds them from
 * the collections and checks them; pages, feeds and exports read them.
 */
import type { Answer } from './answers';
import type { LetterDate } from './dates';
import type { Correction, LetterData, Link } from '../model/schemas';

/** A content entry as a collection loader gives it. */
export interface Entry<D> {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly body?: string | undefined;
  /** The line of the file the body starts on, below the frontmatter; default 1. */
  readonly bodyLine?: number | undefined;
  readonly data: D;
}

/** A constituency of the House of Commons. */
export interface Constituency {
  readonly id: string;
  readonly name: string;
  readonly nation: string;
}

/** A department, NHS body, council, parliament or community group. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | undefined;
  readonly kind: string;
  readonly parentId: string | undefined;
  readonly description: string | undefined;
  readonly links: readonly Link[];
}

/** A role a person held for a time. */
export interface Role {
  readonly title: string;
  readonly organisation: Organisation | undefined;
  readonly constituency: Constituency | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

/** A person who wrote or received letters, or a post whose holder is not named. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly honorific: string | undefined;
  readonly unnamed: boolean;
  readonly roles: readonly Role[];
  readonly links: readonly Link[];
}

/** A subject that letters and answers are filed under. */
export interface Topic {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly relatedIds: readonly string[];
}

/** One side of a letter: a person, an organisation, or a person writing for one. */
export interface Correspondent {
  readonly person: Person | undefined;
  readonly organisation: Organisation | undefined;
}

/** Someone other than the signatory whose words a letter passes on. */
export interface Speaker {
  /** The key the letter's `> [!quote key]` blocks use. */
  readonly key: string;
  readonly person: Person | undefined;
  readonly organisation: Organisation | undefined;
  /** The role they spoke in, as the letter gives it. */
  readonly role: string | undefined;
}

/** An answer inside a letter, with the topics an editor filed it under. */
export interface LetterAnswer extends Answer {
  /** Whose words the answer is when they are quoted; `undefined` when they are the signatory's. */
  readonly speaker: Speaker | undefined;
  readonly topics: readonly Topic[];
  /** Ids the answer had before, kept as anchors on its page so old links still land on it. */
  readonly aliases: readonly string[];
}

/** A published letter. */
export interface Letter {
  readonly slug: string;
  /**
   * The content file it comes from, for error messages and the edit history. The letter page
   * reads its markdown from here when it renders (`src/data/archive.ts`): the archive does not
   * hold letters' bodies, which at 100,000 letters would be gigabytes.
   */
  readonly file: string;
  readonly title: string;
  readonly date: LetterDate;
  readonly dateNote: string | undefined;
  /** YYYY-MM-DD, for ordering; see `letterSortKey`. */
  readonly sortKey: string;
  readonly year: number;
  readonly from: Correspondent;
  readonly fromRole: string | undefined;
  readonly to: Correspondent;
  readonly reference: string | undefined;
  readonly inReplyTo: string | undefined;
  readonly constituencies: readonly Constituency[];
  /** Topics of the letter as a whole. */
  readonly topics: readonly Topic[];
  /** The letter's topics and its answers' topics, each once. */
  readonly allTopics: readonly Topic[];
  readonly answers: readonly LetterAnswer[];
  /** The people or bodies the letter quotes. */
  readonly speakers: readonly Speaker[];
  readonly source: LetterData['source'];
  readonly transcriptionNotes: readonly string[];
  readonly aliases: readonly string[];
  readonly draft: boolean;
  /** The day the letter was added to the archive (YYYY-MM-DD), if recorded. */
  readonly added: string | undefined;
  /** Corrections made since it was published, oldest first. */
  readonly corrections: readonly Correction[];
  /** The letter as plain text: every word of the body, without markup or editors' notes. */
  readonly text: string;
  /** The letter's own opening words, without letterhead, salutation or notes: for descriptions. */
  readonly lede: string;
}

/** The whole archive, resolved and checked. Letters are newest first. */
export interface Archive {
  readonly letters: readonly Letter[];
  readonly people: ReadonlyMap<string, Person>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly constituencies: ReadonlyMap<string, Constituency>;
}
