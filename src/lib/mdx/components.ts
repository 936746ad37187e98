/**
 * The components our generated MDX may contain, and the attributes each takes.
 * This list is the contract between the MDX writer (to-mdast.ts), the safety
 * check (verify.ts) and the reader the site renders from (from-mdast.ts): the
 * body of a document is these elements around paragraphs, lists and GFM tables.
 */
export const MDX_COMPONENTS = {
  DocHeader: [],
  HeaderLine: ['role', 'line'],
  Clause: ['id', 'label', 'kind', 'line', 'roles'],
  Table: ['id', 'line'],
  Closing: [],
  Recipients: [],
  Signature: [],
  Trailer: [],
  Annex: ['id', 'line'],
  Subtitle: [],
  Removed: ['rule', 'line'],
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Attribute values are ours (ids, labels matched by strict patterns, line numbers, role ids); these are the characters they may contain. */
export const SAFE_ATTRIBUTE_CHAR = '[\\p{L}\\p{N} _.,()+\\-–—•/]';
export const SAFE_ATTRIBUTE = new RegExp(`^${SAFE_ATTRIBUTE_CHAR}*$`, 'u');
