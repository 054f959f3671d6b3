/**
 * A raw letter as read from a file: its text and, for an email, the headers that
 * say who sent it to whom and when. Readers for each format turn a file into a
 * `LetterSource`; anything they cannot read becomes an `ImportError` with one
 * clear line for the editor.
 */

/** The formats the importer reads. */
export type SourceKind = 'text' | 'pdf' | 'docx' | 'email';

/** Headers of an email letter. */
export interface EmailHeaders {
  readonly from:
    { readonly name: string | undefined; readonly address: string | undefined } | undefined;
  readonly to:
    { readonly name: string | undefined; readonly address: string | undefined } | undefined;
  /** The Date header as written ("Thu, 3 Oct 2024 09:15:00 +0100"). */
  readonly date: string | undefined;
  readonly subject: string | undefined;
  /** The header lines to keep in the draft, verbatim. */
  readonly lines: readonly string[];
}

/** A letter's text as read from its file. */
export interface LetterSource {
  /** The file it was read from. */
  readonly path: string;
  readonly kind: SourceKind;
  /** The letter's words, as extracted. */
  readonly text: string;
  /** For an email: its headers. */
  readonly email?: EmailHeaders | undefined;
  /** How the text was obtained, for `source.description`. */
  readonly description: string;
  /** Things the reader noticed that an editor should check. */
  readonly warnings: readonly string[];
}

/** A file that cannot be imported; the message is one line, without the file name. */
export class ImportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ImportError';
  }
}

/** Limits on what one input may cost to read. */
export interface ReadLimits {
  /** The largest file accepted, in bytes; a `.docx` may unpack to `UNPACK_FACTOR` times this. */
  readonly maxBytes: number;
}

/** 10 MB: far more than any letter's text, PDF or Word file without large images. */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 10 * 1024 * 1024 };

/** How many times its size a `.docx` may unpack to. */
export const UNPACK_FACTOR = 5;

/** A size in megabytes, for messages ("12.5 MB"). */
export const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
