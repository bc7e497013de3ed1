export * from './accounts.module';
export * from './account-events.consumer';
export * from './usecases/erase-account/erase-account.handler';
export * from './usecases/find-recipient/recipient';
