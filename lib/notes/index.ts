// Room notes' rules: capture shorthand, placing notes in the shown revision, grouping, search and exports.

export * from './capture';
export * from './locate';
export * from './placement';
export * from './group';
export * from './search';
export * from './export';
