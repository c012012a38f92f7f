export * from './answer';
export * from './due';
export * from './describe';
