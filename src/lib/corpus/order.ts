/** Earliest first by ISO date; undated last (as "9999"). Acts, relations and implementations read in the order they happened. */
export const earliestFirst = (a: { date: string | null }, b: { date: string | null }): number => (a.date ?? '9999').localeCompare(b.date ?? '9999');
