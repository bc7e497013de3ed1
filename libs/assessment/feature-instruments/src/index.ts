export * from './instruments.module';
