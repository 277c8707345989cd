import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupReminder,
  checkBackup,
  decodeJson,
  encodeBackup,
  emptyTables,
  migrateBackup,
  planMerge,
  type Backup,
  type BackupRecord,
} from '../../../lib/backup';
import { hostileBackups, HOSTILE_TEXTS } from '../../fixtures/hostile';
import { seedNote, seedTables } from '../../fixtures/backups/seed';

function backupOf(tables = seedTables() as unknown as Backup['tables']): Backup {
  return {
    format: 'scriptside-backup',
    schemaVersion: 1,
    exportedAt: 1_750_000_000_000,
    scope: { kind: 'all' },
    tables,
  };
}

describe('backup file format', () => {
  it('round-trips Dates, NaN, -0, Infinity, hostile Unicode and a 1 MB text exactly', () => {
    const b = backupOf();
    const text = encodeBackup(b);
    const back = decodeJson(text) as Backup;
    expect(back, 'decoded backup equals the original').toEqual(b);
    const dates = back.tables.settings.find((s) => s.key === 'test.dates')!.value as {
      when: Date;
      weird: number[];
    };
    expect(dates.when, 'a Date comes back as a Date').toBeInstanceOf(Date);
    expect(Object.is(dates.weird[1], -0), '-0 stays -0').toBe(true);
    for (const h of HOSTILE_TEXTS) {
      expect(
        back.tables.notes.some((n) => n.text === h.text),
        `${h.name} survives literally`,
      ).toBe(true);
    }
  });

  it('names files by scope and day, with no path or markup characters from the title', () => {
    const at = new Date(2026, 10, 27, 12).getTime();
    expect(backupFileName({ scope: { kind: 'all' }, exportedAt: at }), 'whole backup').toBe(
      'scriptside-backup-2026-11-27.json',
    );
    expect(
      backupFileName({
        scope: { kind: 'script', scriptId: 'x', title: '../<b>Café Noir</b>' },
        exportedAt: at,
      }),
      'script backup slug is safe',
    ).toBe('scriptside-b-cafe-noir-b-2026-11-27.json');
  });

  it('reminds when there is data and no backup, or the last one is a week old', () => {
    const day = 86_400_000;
    expect(backupReminder(undefined, 10 * day, false), 'nothing to lose, no reminder').toBeUndefined();
    expect(backupReminder(undefined, 10 * day, true), 'never backed up').toMatch(/never saved a backup/);
    expect(backupReminder(9 * day, 10 * day, true), 'a day old is fine').toBeUndefined();
    expect(backupReminder(1 * day, 10 * day, true), 'nine days old').toMatch(/9 days old/);
  });
});

describe('checkBackup', () => {
  it('accepts an encoded backup unchanged but for links that could run code', () => {
    const b = backupOf();
    const r = checkBackup(encodeBackup(b));
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    const flags = b.tables.flags.map((f) => ({ ...f, sources: [{ note: 'x' }] }));
    if (r.ok)
      expect(r.backup, 'the checked backup is the original, javascript: link dropped').toEqual({
        ...b,
        tables: { ...b.tables, flags },
      });
  });

  it.each(hostileBackups())('refuses a hostile backup ($name) with a sentence', ({ text, says }) => {
    const r = checkBackup(text);
    expect(r.ok, 'refused').toBe(false);
    if (!r.ok) expect(r.error, 'the refusal says why').toMatch(says);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype is not polluted').toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = checkBackup(encodeBackup(backupOf()), { maxChars: 1000 });
    expect(r.ok ? '' : r.error, 'too large').toMatch(/too large for a backup/);
  });

  it("refuses a one-script backup holding another script's records", () => {
    const b: Backup = { ...backupOf(), scope: { kind: 'script', scriptId: 's1', title: 'x' } };
    const r = checkBackup(encodeBackup(b));
    expect(r.ok ? '' : r.error, 'records of s2 are refused').toMatch(/belongs to another script/);
  });

  it('migrates a backup from an older schema through every step instead of refusing it', () => {
    const old = { ...backupOf(emptyTables()), schemaVersion: 0 } as Backup;
    // A schema-0 note called its text "body": the step renames it. (Schema 1 is the first shipped version; this
    // step is the shape every future one takes.)
    (old.tables as Record<string, unknown>).notes = [
      { ...seedNote('n0'), text: undefined, body: 'Old text' },
    ];
    const steps = {
      0: (t: Record<string, unknown>) => ({
        ...t,
        notes: (t.notes as BackupRecord[]).map(({ body, ...rest }) => ({ ...rest, text: body })),
      }),
    };
    const r = checkBackup(JSON.stringify(old), { migrations: steps });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom, 'says it migrated').toBe(0);
      expect(r.backup.schemaVersion, 'now current').toBe(1);
      expect(r.backup.tables.notes[0].text, 'field migrated').toBe('Old text');
    }
    const missing = checkBackup(JSON.stringify(old));
    expect(missing.ok ? '' : missing.error, 'no step: a sentence, not a crash').toMatch(/schema 0/);
    expect(() => migrateBackup({}, 0, {}), 'missing step throws typed').toThrow(/cannot read/);
  });
});

describe('planMerge', () => {
  const stored = (recs: BackupRecord[]) => (_t: string, k: string) => recs.find((r) => r.id === k);

  it('adds new ids, takes newer edits, keeps stored ones on a tie or when older', () => {
    const incoming = emptyTables();
    incoming.notes = [
      seedNote('new') as unknown as BackupRecord,
      seedNote('newer', 's1', 'theirs', 20) as unknown as BackupRecord,
      seedNote('older', 's1', 'theirs', 5) as unknown as BackupRecord,
      seedNote('tie', 's1', 'theirs', 10) as unknown as BackupRecord,
    ];
    const mine = [
      seedNote('newer', 's1', 'mine', 10),
      seedNote('older', 's1', 'mine', 10),
      seedNote('tie', 's1', 'mine', 10),
    ] as unknown as BackupRecord[];
    const plan = planMerge(incoming, stored(mine));
    expect(
      plan.put.notes.map((n) => n.id),
      'written',
    ).toEqual(['new', 'newer']);
    expect(plan.counts, 'counts').toEqual({ added: 1, updated: 1, kept: 2 });
  });

  it('a deletion travels: a later deletedAt beats an earlier edit, and an old edit cannot undelete', () => {
    const incoming = emptyTables();
    incoming.notes = [{ ...seedNote('a', 's1', 'x', 10), deletedAt: 30 } as unknown as BackupRecord];
    const plan = planMerge(
      incoming,
      stored([seedNote('a', 's1', 'edited', 20)] as unknown as BackupRecord[]),
    );
    expect(plan.put.notes[0]?.deletedAt, 'deletion applied').toBe(30);
    const back = emptyTables();
    back.notes = [seedNote('a', 's1', 'edited', 20) as unknown as BackupRecord];
    const plan2 = planMerge(
      back,
      stored([{ ...seedNote('a', 's1', 'x', 10), deletedAt: 30 }] as unknown as BackupRecord[]),
    );
    expect(plan2.put.notes, 'the older edit does not bring it back').toEqual([]);
  });
});
