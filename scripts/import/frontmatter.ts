/**
 * A draft's frontmatter, written with the `yaml` package so that every value is
 * escaped whatever it holds (a file name with a newline or a quote, a reference
 * with a colon): a draft always parses, and no text can add a key. The TODO list
 * is YAML comments; control characters in it are shown escaped.
 */
import { Document, isScalar, visit } from 'yaml';
import { UNIDENTIFIED } from '../../src/lib/placeholders.ts';

/** Everything the frontmatter says. */
export interface FrontmatterFields {
  /** The imported file's name, for the comment at the top. */
  readonly sourceName: string;
  readonly todos: readonly string[];
  readonly title: string;
  readonly date: string | undefined;
  /** For an undated letter: the placeholder estimate. */
  readonly estimate: string | undefined;
  readonly from: { person: string | undefined; organisation: string | undefined };
  readonly role: string | undefined;
  readonly to: { person: string | undefined; organisation: string | undefined };
  readonly reference: string | undefined;
  readonly topics: readonly string[];
  readonly sourceFile: string | undefined;
  readonly description: string;
  /** Whether the body has a transcription note for an image description. */
  readonly imageNote: boolean;
}

const PLACEHOLDER_COMMENT = ' TODO: placeholder, see the list above';
const IMAGE_NOTE =
  'An image in the original (such as a signature) came with a description in the extracted text; it is shown as a transcription note, not as letter text.';

/** Shows control characters and line separators as escapes, so a comment stays one line. */
export const oneLine = (text: string): string =>
  text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );

/** A side as ids, or the placeholder when nothing matched. */
function sideValue(side: FrontmatterFields['from']): Record<string, string> {
  const ids: Record<string, string> = {};
  if (side.person !== undefined) ids['person'] = side.person;
  if (side.organisation !== undefined) ids['organisation'] = side.organisation;
  return Object.keys(ids).length === 0 ? { person: UNIDENTIFIED } : ids;
}

/** The frontmatter's data, in the order an editor reads it; absent fields left out. */
function dataOf(f: FrontmatterFields): Record<string, unknown> {
  const data: Record<string, unknown> = { title: f.title };
  if (f.date !== undefined) data['date'] = f.date;
  if (f.estimate !== undefined) {
    data['date_estimated'] = f.estimate;
    data['date_note'] =
      'TODO: The letter states no date. The estimate is a placeholder from the importer; say how it was estimated.';
  }
  data['from'] = sideValue(f.from);
  if (f.role !== undefined) data['from_role'] = f.role;
  data['to'] = sideValue(f.to);
  if (f.reference !== undefined) data['reference'] = f.reference;
  data['topics'] = f.topics.length === 0 ? [UNIDENTIFIED] : f.topics;
  data['source'] = {
    ...(f.sourceFile === undefined ? {} : { file: f.sourceFile }),
    description: f.description,
  };
  if (f.imageNote) data['transcription_notes'] = [IMAGE_NOTE];
  data['draft'] = true;
  return data;
}

/** Writes the frontmatter (without its `---` lines), the TODO list as comments at the top. */
export function writeFrontmatter(fields: FrontmatterFields): string {
  const doc = new Document(dataOf(fields));
  doc.commentBefore = [
    ` Imported by \`npm run import\` from ${oneLine(fields.sourceName)}. A draft: it shows in \`npm run dev\`, never in a public build.`,
    ' TODO for the editor; delete each line when done, then set draft: false:',
    ...fields.todos.map((t) => ` - [ ] ${oneLine(t)}`),
  ].join('\n');
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && node.value === UNIDENTIFIED) node.comment = PLACEHOLDER_COMMENT;
    },
  });
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}
