// A content script notices when its extension went away (updated or reloaded): its runtime loses its id.
import { afterEach, describe, expect, it } from 'vitest';
import { extensionAlive } from '../../../platform/messaging';

const global = globalThis as { chrome?: unknown };
const before = global.chrome;

afterEach(() => {
  global.chrome = before;
});

describe('extensionAlive', () => {
  it('is true while the runtime has an id', () => {
    global.chrome = { runtime: { id: 'abcdefghijklmnop' } };
    expect(extensionAlive()).toBe(true);
  });

  it('is false once the runtime lost its id, or the API is gone', () => {
    global.chrome = { runtime: {} };
    expect(extensionAlive()).toBe(false);
    global.chrome = {};
    expect(extensionAlive()).toBe(false);
    global.chrome = undefined;
    expect(extensionAlive()).toBe(false);
  });
});
