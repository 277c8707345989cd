// Room notes' rules: capture shorthand, grouping, search and exports (where a note stands: lib/anchoring/placement).

export * from './capture';
export * from './locate';
export * from './group';
export * from './search';
export * from './export';
