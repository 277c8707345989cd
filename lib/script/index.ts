// The script engine's public entry points: parsers for every source, pagination (locked or not) and the model.

export * from './model';
export { parseFountain } from './fountain';
export { parseFdx } from './fdx';
export { parsePlainText } from './plaintext';
export { parseBlocks, isLikelyScript, scriptConfidence, type PageBlock } from './blocks';
export { parsePdf, type ParsePdfOptions, type PdfJsModule } from './pdf';
export { paginate, type PaginateOptions } from './paginate-locked';
export { lockDraft, applyLock, type PageLock, type LockedPagination, type ApplyLockOptions } from './locking';
export { normaliseInput } from './input';
