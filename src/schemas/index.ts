export * from './accounts.js';
export * from './common.js';
export * from './errors.js';
export * from './map.js';
export * from './export.js';
export * from './cycles.js';
export * from './planning.js';
