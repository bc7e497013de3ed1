export * from './load-config';
export * from './schemas';
export * from './upload-limit';
export * from './service-config.token';
