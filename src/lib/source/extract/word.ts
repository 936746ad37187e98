import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { htmlToText } from './html.ts';

/**
 * Word files → text. A .docx goes through mammoth to HTML and on through the
 * HTML reader, so its tables come out as tab-separated rows like every other
 * format's; a .doc (Word 97–2003) through word-extractor, which gives the body
 * text with table cells already apart by tabs. Footnotes and endnotes follow
 * the body, as a printed page has them.
 */

export interface WordText {
  text: string;
  /** What the reader said it could not carry over (mammoth's messages). */
  warnings: string[];
}

export async function docxToText(bytes: Uint8Array): Promise<WordText> {
  const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { text: htmlToText(value), warnings: messages.map((m) => m.message) };
}

export async function docToText(bytes: Uint8Array): Promise<WordText> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  const parts = [doc.getBody(), doc.getFootnotes(), doc.getEndnotes()].map((p) => p.trim()).filter(Boolean);
  return { text: parts.join('\n\n'), warnings: [] };
}
