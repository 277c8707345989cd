// The anchoring engine's public API: make an anchor on a draft, and place anchors in a later draft.

export { anchorAt, AnchorError, CONTEXT_CHARS, MAX_QUOTE_CHARS } from './selectors';
export type { Anchor, AnchorErrorReason } from './selectors';
export { reanchor, reanchorOne, FUZZY_WINDOW_CHARS, MIN_FUZZY_QUOTE, MIN_FUZZY_CHARS } from './reanchor';
export type { AnchorPlacement, ReanchorOptions } from './reanchor';
export { alignScripts } from './alignment';
export type { Alignment } from './alignment';
export { QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT } from './matching';
