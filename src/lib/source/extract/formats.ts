/**
 * What shape a seed file is in, from its name and, where the name may lie, its
 * first bytes. Text formats go to `decode.ts`; the others to an extractor here.
 */
export type SourceFormat = 'text' | 'html' | 'json' | 'docx' | 'doc' | 'pdf' | 'image';

/** Extensions a seed may have, by format. */
export const EXTENSIONS: Record<SourceFormat, string[]> = {
  text: ['txt', 'md', 'markdown'],
  html: ['html', 'htm', 'xhtml'],
  json: ['json'],
  docx: ['docx'],
  doc: ['doc'],
  pdf: ['pdf'],
  image: ['png', 'jpg', 'jpeg', 'tif', 'tiff'],
};

/** Seed files ingest takes: every extension above. */
export const SOURCE_PATTERN = new RegExp(`\\.(${Object.values(EXTENSIONS).flat().join('|')})$`, 'i');

const MAGIC: Array<[number[], SourceFormat]> = [
  [[0x25, 0x50, 0x44, 0x46], 'pdf'], // %PDF
  [[0x50, 0x4b, 0x03, 0x04], 'docx'], // a zip: Word's Office Open XML
  [[0xd0, 0xcf, 0x11, 0xe0], 'doc'], // OLE2 compound file: Word 97–2003
  [[0x89, 0x50, 0x4e, 0x47], 'image'], // PNG
  [[0xff, 0xd8, 0xff], 'image'], // JPEG
  [[0x49, 0x49, 0x2a, 0x00], 'image'], // TIFF, little-endian
  [[0x4d, 0x4d, 0x00, 0x2a], 'image'], // TIFF, big-endian
];

const TEXTUAL: SourceFormat[] = ['text', 'html', 'json'];

/**
 * The format of a file. A text extension is taken at its word (binary bytes in
 * a `.txt` are flagged by the decoder, not guessed at); a binary one is checked
 * against the magic bytes, which win (a PDF saved as `.doc` is still a PDF).
 */
export function detectFormat(file: string, bytes: Uint8Array): SourceFormat {
  const ext = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const byName = (Object.keys(EXTENSIONS) as SourceFormat[]).find((f) => EXTENSIONS[f].includes(ext)) ?? 'text';
  if (TEXTUAL.includes(byName)) return byName;
  return MAGIC.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1] ?? byName;
}
