/**
 * The importer's placeholder. The content schema insists that a letter names a
 * sender, a recipient and at least one topic, but an imported draft may not know
 * them yet, and a made-up id would fail the archive's reference checks. So a
 * draft may use this one reserved id instead; `buildArchive` accepts it in drafts
 * only and rejects it, naming the field, in a letter that is about to be published.
 */

/** The reserved id an imported draft uses for a person, organisation or topic an editor must still name. */
export const UNIDENTIFIED = 'todo-unidentified';

/** The name a draft preview shows for a placeholder. */
export const UNIDENTIFIED_NAME = 'Unidentified (an editor must name this)';
