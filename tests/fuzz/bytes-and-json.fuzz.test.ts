// Fuzzing the binary and JSON readers for a bounded time: PDF bytes (mutated, truncated, random), backup files and
// runtime messages. PDFs end in a script or a ScriptError; backups and messages in a verdict, never a throw.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBackup, encodeBackup, emptyTables, type Backup } from '../../lib/backup';
import { validateMessage } from '../../lib/messaging/messages';
import { parsePdf, ScriptError } from '../../lib/script';
import { seedTables } from '../fixtures/backups/seed';
import { makePdf, scriptText } from '../fixtures/make-pdf';
import { count, FUZZ_MS, ONE_INPUT_MS, printIterations } from './budget';

afterAll(() => printIterations('bytes and JSON'));

const RUN = { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false };

describe('fuzz: PDF bytes', () => {
  const good = makePdf([
    { texts: [scriptText(0, 0, 'INT. QUAY - NIGHT'), scriptText(2, 0, 'Rain on the ferry ramp.')] },
    { texts: [scriptText(0, 22, 'DANA'), scriptText(1, 10, 'We missed it.')] },
  ]);
  const bytes = fc.oneof(
    // Flip bytes of a good PDF.
    fc
      .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 20,
      })
      .map((flips) => {
        const b = good.slice();
        for (const [at, v] of flips) b[at] = v;
        return b;
      }),
    // Cut it off anywhere.
    fc.nat(good.length).map((n) => good.slice(0, n)),
    // A PDF header over random bytes.
    fc
      .uint8Array({ maxLength: 2000 })
      .map((r) => new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...r])),
    fc.uint8Array({ maxLength: 500 }),
  );

  it(
    'every input reads as a script or a typed refusal',
    async () => {
      await fc.assert(
        fc.asyncProperty(bytes, async (b) => {
          count('pdf');
          const t0 = performance.now();
          try {
            const s = await parsePdf(b);
            if (typeof s.text !== 'string') return false;
          } catch (e) {
            if (!(e instanceof ScriptError)) throw e;
          }
          return performance.now() - t0 < ONE_INPUT_MS * 3;
        }),
        RUN,
      );
      expect(true, 'reached').toBe(true);
    },
    FUZZ_MS + 60_000,
  );
});

describe('fuzz: backup files', () => {
  const backup: Backup = {
    format: 'scriptside-backup',
    schemaVersion: 1,
    exportedAt: 1,
    scope: { kind: 'all' },
    tables: { ...emptyTables(), ...(seedTables() as unknown as Backup['tables']) },
  };
  // Drop the 1 MB note so each mutation is cheap.
  backup.tables.notes = backup.tables.notes.filter((n) => n.id !== 'n-long');
  const text = encodeBackup(backup);

  it('mutated, truncated and arbitrary JSON backups get a verdict, never a throw', () => {
    const input = fc.oneof(
      fc
        .tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ unit: 'binary', maxLength: 20 }))
        .map(([a, b, ins]) => text.slice(0, Math.min(a, b)) + ins + text.slice(Math.max(a, b))),
      fc.nat(text.length).map((n) => text.slice(0, n)),
      fc.json({ depthSize: 'medium' }),
      fc.jsonValue().map((v) =>
        JSON.stringify({
          format: 'scriptside-backup',
          schemaVersion: 1,
          exportedAt: 1,
          scope: { kind: 'all' },
          tables: v,
        }),
      ),
    );
    fc.assert(
      fc.property(input, (t) => {
        count('backup');
        const r = checkBackup(t);
        return r.ok
          ? r.backup.format === 'scriptside-backup'
          : typeof r.error === 'string' && r.error.length > 0;
      }),
      RUN,
    );
    expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
  });
});

describe('fuzz: runtime messages', () => {
  it('any JSON-like value, including __proto__ keys and huge strings, gets a verdict', () => {
    const valid = {
      type: 'pending-action',
      action: { type: 'add-note', tabId: 1, at: 1, url: 'u', quote: 'q' },
    };
    const input = fc.oneof(
      fc.anything({
        withObjectString: true,
        withNullPrototype: true,
        key: fc.constantFrom('type', 'action', '__proto__', 'constructor', 'quote', 'x'),
      }),
      fc.record({
        type: fc.constantFrom('pending-action', 'take-pending-action', 'nope'),
        action: fc.anything(),
      }),
      fc
        .string({ maxLength: 30 })
        .map((k) => JSON.parse(JSON.stringify(valid).replace('"quote"', () => JSON.stringify(k)))),
    );
    fc.assert(
      fc.property(input, (m) => {
        count('message');
        const r = validateMessage(m);
        return r.ok || typeof r.error === 'string';
      }),
      RUN,
    );
    expect(validateMessage(valid).ok, 'the valid message still passes').toBe(true);
  });
});
