// The revision engine's public API: compare drafts, revision colours, revision marks and the reprint list.
// Locked pages and scenes live in lib/script/locking.ts (pagination wires them in).

export { compareScripts } from './compare';
export type { CompareOptions, ComparisonSummary, ElementChange, ScriptComparison, WordSpan } from './compare';
export type { SceneChange, SceneComparison } from './scenes';
export type { PageMarks } from './marks';
export {
  WGA_COLOR_SEQUENCE,
  DEFAULT_DATE_FORMAT,
  formatRevisionDate,
  nextRevisionColor,
  paperColor,
  revisionHeader,
} from './colors';
export type { RevisionColor } from './colors';
export { revisedPages } from './reprint';
export type { RevisedPage } from './reprint';
export { normaliseText } from '../script/element-keys';
