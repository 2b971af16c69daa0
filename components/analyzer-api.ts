// Where the analyzer bundle leaves its reader for the sentinel: a global of the content scripts' world.
export const ANALYZER_GLOBAL = '__backstoryAnalyzer';
