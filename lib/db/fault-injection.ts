// Test-only storage faults: a Dexie middleware that makes every write fail as a full disk would, switched by a key the
// end-to-end test sets in the extension's localStorage. Only the e2e build (SCRIPTSIDE_E2E) installs it.

import { Dexie, type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';

declare global {
  interface ImportMetaEnv {
    /** True only in the end-to-end build (wxt.config.ts defines it from SCRIPTSIDE_E2E=1). */
    readonly SCRIPTSIDE_E2E?: boolean;
  }
}

/** The localStorage key the e2e test sets; also the string the shipped bundle must not contain. */
export const FAULT_SWITCH_KEY = 'scriptside-e2e-storage-fault';

/** 'quota': a bare QuotaExceededError. 'abort-quota': AbortError whose inner error is QuotaExceededError (Chrome). */
export type StorageFault = 'quota' | 'abort-quota';

function currentFault(): StorageFault | undefined {
  // The service worker has no localStorage: it never faults, which keeps the switch to what the panel does.
  const store = (globalThis as { localStorage?: Storage }).localStorage;
  const v = store?.getItem(FAULT_SWITCH_KEY);
  return v === 'quota' || v === 'abort-quota' ? v : undefined;
}

/** The error a full disk produces for `fault`, shaped as Chrome and Dexie report it. */
export function faultError(fault: StorageFault): Error {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  if (fault === 'quota') return quota;
  return new Dexie.AbortError('Transaction aborted: the quota has been exceeded.', quota);
}

function grows(req: DBCoreMutateRequest): boolean {
  // Deletes free space in a full store; only writes that add data fail.
  return req.type === 'add' || req.type === 'put';
}

/** The middleware: add and put fail with the switched-on fault; everything else passes through. */
export const storageFaultMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'scriptside-e2e-storage-fault',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            const fault = currentFault();
            if (fault && grows(req)) return Promise.reject(faultError(fault));
            return table.mutate(req);
          },
        };
      },
    };
  },
};
