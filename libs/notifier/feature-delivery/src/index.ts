export * from './delivery.module';
export * from './delivery.error';
// What the integration tests and the benchmark drive directly.
export * from './mail-transport';
export * from './usecases/send-due-messages/send-due-messages.handler';
