/**
 * `storage.local` of `wxt/browser` as a plain object, for tests that import the modules using it
 * afterwards (dynamic `import()`): `store` holds what was written, `writes` counts the writes.
 * `restore()` removes the mock.
 */
import { vi } from 'vitest';

export function mockLocalStorage(): { store: Record<string, unknown>; writes: () => number; resetWrites: () => void; restore: () => void } {
  const store: Record<string, unknown> = {};
  let writes = 0;
  vi.resetModules();
  vi.doMock('wxt/browser', () => ({
    browser: {
      storage: {
        local: {
          get: async (keys: string | string[]) => Object.fromEntries([keys].flat().map((k) => [k, store[k]])),
          set: async (o: Record<string, unknown>) => void (writes++, Object.assign(store, o)),
        },
      },
    },
  }));
  return { store, writes: () => writes, resetWrites: () => void (writes = 0), restore: () => vi.doUnmock('wxt/browser') };
}
