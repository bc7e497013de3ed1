export * from './planning.module';
export * from './planning.error';
export * from './plan-reconciler';
export * from './customise-plan.handler';
export * from './customise-plan.command';
export * from './publish-template.handler';
export * from './risk-sweep.runner';
