/** The whole character (code point) before / at a position: "𐀀" is one letter, not two halves. */
export const charBefore = (s: string, i: number): string => [...s.slice(Math.max(0, i - 2), i)].pop() ?? '';
export const charAt = (s: string, i: number): string => [...s.slice(i, i + 2)][0] ?? '';
