export * from './auth';
export * from './client-configuration';
export * from './read-vault-secret';
// The Autonomous Database wallet (autonomous-database-wallet, extract-wallet-zip,
// resolve-database-credentials) is imported by path: it needs fflate, which function images built
// from this barrel (canary gate, predict proxy) do not install.
