// Backups: the versioned file format, its checks and migrations, and the merge rule (pure; lib/db/backup.ts writes).
export * from './format';
export * from './validate';
export * from './migrate';
export * from './merge';
