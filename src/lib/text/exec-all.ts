/**
 * Every match of a global regular expression, as `text.matchAll(re)` gives
 * them. `matchAll` builds a copy of the expression on every call, which on
 * the short texts of a clause cost as much as the search itself (roles and
 * citations run dozens of expressions on every clause). All matches are taken
 * before returning, so a caller may use the same expression again inside its loop.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global expression: ${re}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step over one character (one code point with the u flag).
    if (!m[0]) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
