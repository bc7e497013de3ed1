export * from './privacy.module';
export * from './candidate-erasure.consumer';
export * from './usecases/export-personal-data/export-personal-data.handler';
