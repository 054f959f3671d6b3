/** Where the content lives: `content/`, or another folder for tests (POSTBAG_CONTENT_DIR). */
export function contentRoot(): string {
  return process.env['POSTBAG_CONTENT_DIR'] ?? './content';
}
