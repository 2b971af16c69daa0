// A Vite plugin that removes the one place Preact writes raw HTML (`dangerouslySetInnerHTML`), which
// Backstory never uses: such content becomes text. Nothing in the bundles can then assign innerHTML,
// which is what AMO's linter asks for and what a page-reading extension should promise anyway.
import type { Plugin } from 'vite';

const RAW_HTML = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

export function noRawHtml(): Plugin {
  return {
    name: 'backstory:no-raw-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !RAW_HTML.test(code)) return null;
      return { code: code.replace(RAW_HTML, '$1.textContent=$2.__html'), map: null };
    },
  };
}
