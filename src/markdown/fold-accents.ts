/** Accents folded away ("Café" → "Cafe"): how ids, slugs and the importer's name matching compare text. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
