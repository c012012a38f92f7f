export * from './format';
export * from './migrate';
export * from './preview';
export * from './read';
export * from './serialize';
export * from './describe';
export * from './schedule';
export * from './undoRestore';
