import type { Plugin } from 'unified';
import type { Options as ToMarkdownExtension } from 'mdast-util-to-markdown';

/**
 * remark plugin: makes `remark-stringify` escape what MDX would read as code.
 * `mdast-util-to-markdown` escapes `{` and `<`, but writes a paragraph that starts
 * with `import ` or `export ` as is, and every MDX parser takes that for ESM.
 */
const safety: ToMarkdownExtension = {
  unsafe: [
    { atBreak: true, character: 'i', after: 'mport\\s' },
    { atBreak: true, character: 'e', after: 'xport\\s' },
  ],
};

const remarkSafeMdx: Plugin = function () {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push(safety);
};

export default remarkSafeMdx;
