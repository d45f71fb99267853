export * from './data-session';
export * from './data-table';
export * from './download-object';
export * from './quote-sql';
export * from './read-columns';
export * from './table-input-error';
export * from './table-location';
