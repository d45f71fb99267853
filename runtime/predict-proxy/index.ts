export * from './adapters/create-signed-sender';
export * from './forward-predict';
export * from './read-proxy-config';
export * from './types';
