export * from './age-bands.js';
export * from './charts.js';
export * from './compute.js';
export * from './education.js';
export * from './format.js';
export * from './targets.js';
export * from './types.js';
