/**
 * Where a detected field came from: the line of the letter it was read from and
 * how sure the importer is. `--json` reports both for every field, and a field
 * the importer is unsure of goes into the draft's TODO list.
 */

/**
 * How sure a detection is: `high` when the letter labels the field or puts it where
 * letters always do ("Our ref:", the name after "Yours sincerely"); `medium` when it is
 * read from a usual place without a label; `low` when it is a fallback an editor must check.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** A value the letter states, with the line it was read from. */
export interface Found {
  readonly value: string;
  /** The line of the letter (or email header) it was read from, as written. */
  readonly line: string;
  readonly confidence: Confidence;
}

/** Makes a `Found`, trimming the line. */
export const found = (value: string, line: string, confidence: Confidence): Found => ({
  value,
  line: line.trim(),
  confidence,
});
