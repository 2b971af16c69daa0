// Which Wikipedia and Wikidata the extension talks to. Production builds use the real hosts; a test
// build made with WXT_KNOWLEDGE_BASE=http://127.0.0.1:PORT talks to a local fixture server instead.
import { endpointsAt, REAL_ENDPOINTS, type Endpoints } from '../lib/knowledge/urls';

const TEST_BASE: string | undefined = import.meta.env.WXT_KNOWLEDGE_BASE;

export const ENDPOINTS: Endpoints = TEST_BASE ? endpointsAt(TEST_BASE) : REAL_ENDPOINTS;

const REAL_API = /^https:\/\/(?:[a-z-]{2,12}\.wikipedia\.org|www\.wikidata\.org)\/w\/api\.php\?/;

/** True only for the API URLs the extension builds itself. */
export function isApiUrl(url: string): boolean {
  return TEST_BASE ? url.startsWith(`${TEST_BASE.replace(/\/$/, '')}/`) : REAL_API.test(url);
}
