export * from './config-problem';
export * from './load-config-file';
export * from './load-team-configs';
export * from './ocid';
export * from './oci-regions';
export * from './platform-config-schema';
export * from './team-config-schema';
export * from './json-schemas';
