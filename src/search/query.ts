/**
 * What the reader typed → what Pagefind is asked. Shared by the search page and
 * its tests. Phones may send decomposed (NFD) accents: everything is NFC first.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}
