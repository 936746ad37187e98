/**
 * A blank a draft leaves to be filled in when the text is signed: the number's
 * serial ("Số: ……/KH-UBND"), day and month ("ngày ___ tháng ___ năm 2026",
 * "ngày …/…/2026"), the signer's name. Typists draw it with dots, ellipses or
 * underscores, often mixed ("…..…", "__ __"), or leave only spaces: every form
 * means the same thing, nothing written there yet, so number, place-date and
 * signature read them with this one pattern (spaces alone are the callers' `\s*`).
 */
export const BLANK = String.raw`[._…‥]+(?:\s+[._…‥]+)*`;

const ONLY_BLANK = new RegExp(String.raw`^\s*(?:${BLANK})?\s*$`, 'u');

/** Nothing but a blank (or nothing at all): a place or a name not written yet. */
export function isBlank(text: string): boolean {
  return ONLY_BLANK.test(text);
}
