export * from './domain-error';
export * from './format-error';
export * from './subgraph.module';
export * from './scalars';
export * from './query-limits';
export * from './service-exception.filter';
export * from './parse-input';
export * from './uuid-arguments';
