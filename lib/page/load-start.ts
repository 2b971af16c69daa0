// Imported first by the analyzer bundle, so it evaluates first: the moment the bundle began to run,
// from which the analyzer measures its own evaluation as part of "load-analyzer".
export const LOAD_START = globalThis.performance?.now() ?? 0;
