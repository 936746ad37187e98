import Clause from './Clause.astro';
import DocHeader from './DocHeader.astro';
import HeaderLine from './HeaderLine.astro';
import Closing from './Closing.astro';
import Recipients from './Recipients.astro';
import Signature from './Signature.astro';
import Trailer from './Trailer.astro';
import Annex from './Annex.astro';
import type { MdxComponentName } from '../../lib/mdx/components.ts';

/** The components generated MDX refers to (the contract is src/lib/mdx/components.ts). */
export const mdxComponents: Record<MdxComponentName, unknown> = {
  Clause,
  DocHeader,
  HeaderLine,
  Closing,
  Recipients,
  Signature,
  Trailer,
  Annex,
};
