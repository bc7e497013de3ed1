export * from './candidate-coach.entity';
export * from './candidate-coach.migration';
export * from './candidate-scope.entity';
export * from './candidate-scope.migration';
export * from './candidate-scope.repository';
export * from './candidate-scope.module';
export * from './candidate-scope.schema';
export * from './candidate-status.migration';
