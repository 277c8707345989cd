// The e2e-only storage fault middleware: each mode reads as "Storage is full" and a failed write stores nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { ScriptsideDB, toStorageError } from '../../../lib/db';
import { FAULT_SWITCH_KEY, faultError, storageFaultMiddleware } from '../../../lib/db/fault-injection';

const store = new Map<string, string>();
const fakeLocalStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
};

function faultyDb(): ScriptsideDB {
  Object.assign(globalThis, { localStorage: fakeLocalStorage });
  const d = new ScriptsideDB(`faults-${Math.random()}`);
  d.use(storageFaultMiddleware);
  return d;
}

afterEach(() => store.clear());

describe('storage fault middleware', () => {
  it('is not installed outside the e2e build', () => {
    expect(import.meta.env.SCRIPTSIDE_E2E, 'unit tests run without the e2e define').toBeFalsy();
  });

  for (const mode of ['quota', 'abort-quota'] as const) {
    it(`mode ${mode}: a write fails as "Storage is full" and nothing of its transaction is stored`, async () => {
      const d = faultyDb();
      await d.settings.put({ key: 'before', value: 1, updatedAt: 1 });
      store.set(FAULT_SWITCH_KEY, mode);
      const err = await d
        .transaction('rw', d.settings, d.notes, async () => {
          await d.notes.delete('nothing');
          await d.settings.put({ key: 'during', value: 2, updatedAt: 1 });
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(err, 'the write rejected').toBeDefined();
      expect(toStorageError(err).code, `${mode} maps to quota`).toBe('quota');
      expect(toStorageError(err).message, 'the sentence the panel shows').toBe(
        'Storage is full - nothing was saved.',
      );
      store.delete(FAULT_SWITCH_KEY);
      expect(await d.settings.get('during'), 'nothing half-stored').toBeUndefined();
      expect((await d.settings.get('before'))?.value, 'earlier data kept and readable').toBe(1);
      await d.settings.put({ key: 'after', value: 3, updatedAt: 1 });
      expect((await d.settings.get('after'))?.value, 'writes work again once the fault is off').toBe(3);
      await d.delete();
    });
  }

  it('the abort mode carries QuotaExceededError inside an AbortError, as Chrome reports it', () => {
    const e = faultError('abort-quota') as Error & { inner?: Error };
    expect(e.name, 'outer error').toBe('AbortError');
    expect(e.inner?.name, 'inner error').toBe('QuotaExceededError');
  });

  it('an unknown switch value changes nothing', async () => {
    const d = faultyDb();
    store.set(FAULT_SWITCH_KEY, 'yes');
    await d.settings.put({ key: 'k', value: 1, updatedAt: 1 });
    expect((await d.settings.get('k'))?.value, 'stored').toBe(1);
    await d.delete();
  });
});
