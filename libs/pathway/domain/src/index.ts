export * from './calendar';
export * from './deterministic-id';
export * from './template';
export * from './default-templates';
export * from './plan-generation';
export * from './milestone-state';
export * from './progress';
export * from './at-risk';
