export * from './account.repository';
export * from './oidc-record.repository';
export * from './signing-key.repository';
export * from './sign-in-attempt.repository';
export * from './second-factor.repository';
export * from './pending-sign-in.repository';
