// A Vite plugin that marks the bundles the sentinel imports (analyzer, cards) for eager compilation
// with V8's explicit compile hint. Chrome caches the code of imported modules: with every function
// compiled up front, the cache holds them all, so later pages deserialize them instead of compiling
// each on its first call, in the middle of reading the page. Other engines read it as a comment.
import type { Plugin } from 'vite';

/** V8's magic comment (Chrome 136+): compile every function in this file when the file is compiled. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(files: readonly string[]): Plugin {
  return {
    name: 'backstory:compile-hints',
    // After minification (renderChunk), which would drop the comment; it must be the file's first line.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && files.includes(output.fileName) && !output.code.startsWith(COMPILE_HINT)) {
          output.code = `${COMPILE_HINT}\n${output.code}`;
        }
      }
    },
  };
}
