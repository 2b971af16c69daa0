// Types for the deep import of Readability's readerable check, so bundles leave the parser out.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as Check } from '@mozilla/readability';
  const isProbablyReaderable: typeof Check;
  export default isProbablyReaderable;
}
