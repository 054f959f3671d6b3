/**
 * What the editor must still do: the draft's TODO list (a title, anything not
 * found, anything that matched no entry, every field found only as a guess) and
 * the `missing` fields of `--json`.
 */
import { UNIDENTIFIED } from '../../src/lib/placeholders.ts';
import type { suggestTopics } from './catalogue.ts';
import type { LetterLayout } from './detect.ts';
import type { Found } from './evidence.ts';
import type { Sender, Side } from './sides.ts';

/** What was detected in a letter, before any of it is written. */
export interface Detected {
  readonly paragraphs: readonly string[];
  readonly text: string;
  readonly layout: LetterLayout;
  readonly dated: Found | undefined;
  readonly reference: Found | undefined;
  readonly sender: Sender;
  readonly to: Side;
  readonly topics: ReturnType<typeof suggestTopics>;
  readonly warnings: string[];
}

/** What the editor must still do (the TODO list), and which fields were not detected. */
export function editorPlan(
  detected: Detected,
  estimate: string | undefined,
  hasSections: boolean,
  inSources: boolean,
): { todos: string[]; missing: string[] } {
  const { dated, reference, sender, to, topics, warnings } = detected;
  const todos: string[] = ['title: write a short title in your own words'];
  const missing: string[] = [];
  if (dated === undefined) {
    missing.push('date');
    warnings.push('the letter states no date; it is left undated with a placeholder estimate');
    todos.push(
      `date_estimated: the letter states no date; "${estimate ?? '0000'}" is a placeholder (${estimate === undefined ? 'the letter mentions no year' : 'the year it mentions most'}): estimate the month or year and explain it in date_note`,
    );
  }
  if (reference === undefined) {
    missing.push('reference');
    todos.push("reference: none found; add the sender's reference if the letter has one");
  }
  sideTodos('from', sender.side, 'signatory', sender.signedName, { todos, missing });
  sideTodos('to', to, 'recipient', undefined, { todos, missing });
  todos.push(...unsureTodos(detected));
  const signedName = sender.signedName;
  if (sender.side.person !== undefined && signedName?.split(/\s+/).length === 1) {
    warnings.push(
      `signatory "${signedName}" matched to ${sender.side.person.name}, whom the letter names in full`,
    );
  }
  if (sender.role === undefined) {
    missing.push('from_role');
    todos.push(
      'from_role: no role found; add the role the signatory wrote in, as stated on the letter',
    );
  }
  todos.push(topicTodo(topics, missing));
  if (hasSections)
    todos.push('answers: file answers under their topics by heading id, and check each heading id');
  todos.push('body: compare with the original; structure was added automatically');
  if (!inSources)
    todos.push(
      'source.file: copy the original into content/sources/ and name it here (it is published only once a published letter cites it)',
    );
  return { todos, missing };
}

/** The TODOs for a sender or recipient that matched no entry. */
function sideTodos(
  field: 'from' | 'to',
  side: Side,
  what: string,
  personName: string | undefined,
  plan: { todos: string[]; missing: string[] },
): void {
  if (side.person === undefined && side.organisation === undefined) {
    plan.missing.push(field);
    plan.todos.push(
      side.written === undefined
        ? `${field}: no ${what} found; name them and replace the placeholder "${UNIDENTIFIED}"`
        : `${field}: "${side.written}" matches no entry in content/people or content/organisations; add one and replace the placeholder "${UNIDENTIFIED}"`,
    );
  } else if (side.person === undefined && personName !== undefined) {
    plan.missing.push(`${field}.person`);
    plan.todos.push(
      `${field}: signed "${personName}", who matches no person in content/people; add them and set ${field}.person`,
    );
  }
}

/** A TODO for each field detected only as a guess (low confidence), naming the line it came from. */
function unsureTodos(detected: Detected): string[] {
  const fields: [string, Found | undefined][] = [
    ['date', detected.dated],
    ['reference', detected.reference],
    ['from', detected.sender.side.found],
    ['to', detected.to.found],
  ];
  return fields
    .filter(([, f]) => f?.confidence === 'low')
    .map(
      ([field, f]) =>
        `${field}: a guess ("${f?.value ?? ''}", from the line "${f?.line ?? ''}"); check it`,
    );
}

/** The TODO about topics; records `topics` as missing when none was suggested. */
function topicTodo(topics: Detected['topics'], missing: string[]): string {
  if (topics.length > 0)
    return `topics: suggested from keywords (${topics.map((t) => `${t.id}: ${t.keywords.slice(0, 3).join(', ')}`).join('; ')}); keep only the right ones`;
  missing.push('topics');
  return `topics: no topic suggested itself; choose from content/topics and replace the placeholder "${UNIDENTIFIED}"`;
}
