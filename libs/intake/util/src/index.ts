export * from './parse-input';
