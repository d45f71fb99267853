export * from './auth';
export * from './client-configuration';
export * from './read-vault-secret';
export * from './extract-wallet-zip';
export * from './autonomous-database-wallet';
export * from './resolve-database-credentials';
