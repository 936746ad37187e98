/**
 * The components our generated MDX may contain, and the attributes each takes.
 * This list is the contract between the MDX writer, the safety check and the
 * components a renderer of the MDX would supply. The site itself renders the
 * same model from the frontmatter with src/components/document/ (see src/utils/documents.ts).
 */
export const MDX_COMPONENTS = {
  DocHeader: [],
  HeaderLine: ['role'],
  Clause: ['id', 'label', 'kind'],
  Closing: [],
  Recipients: [],
  Signature: [],
  Annex: ['id'],
  Trailer: [],
  Removed: ['rule'],
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Attribute values are ours (ids, labels matched by strict patterns); these are the characters they may contain. */
export const SAFE_ATTRIBUTE_CHAR = '[\\p{L}\\p{N} _.,()+\\-–—•/]';
export const SAFE_ATTRIBUTE = new RegExp(`^${SAFE_ATTRIBUTE_CHAR}*$`, 'u');
