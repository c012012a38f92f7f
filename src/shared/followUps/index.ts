export * from './answer';
export * from './due';
