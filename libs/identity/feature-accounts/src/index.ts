export * from './accounts.module';
export * from './account-events.consumer';
export * from './usecases/erase-account/erase-account.handler';
export * from './usecases/find-recipient/recipient';
export * from './usecases/open-candidate-account/open-candidate-account.handler';
export * from './usecases/open-candidate-accounts/open-candidate-accounts.handler';
export * from './contact-directory';
export * from './accounts-not-opened';
