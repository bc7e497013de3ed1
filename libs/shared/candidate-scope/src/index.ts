export * from './candidate-scope.entity';
export * from './candidate-scope.migration';
export * from './candidate-scope.repository';
export * from './candidate-scope.module';
