export * from './plan-drafting.module';
