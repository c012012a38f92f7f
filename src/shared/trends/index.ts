/** Everything the Trends dashboard shows, from the journal, a range and the time zone: pure and deterministic. */
export * from './context';
export * from './heatmap';
export * from './measuresSeries';
export * from './range';
export * from './regions';
export * from './remediesInRange';
export * from './series';
export * from './summaries';
export * from './summary';
export * from './weekly';
export * from './downsample';
export * from './view';
export * from './periodWords';
