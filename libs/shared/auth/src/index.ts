export * from './identity';
export * from './forwarded-identity';
export * from './access.decorators';
export * from './access.guard';
export * from './identity.middleware';
export * from './candidate-access.policy';
export * from './resolver-access.audit';
export * from './jwks-key-resolver';
