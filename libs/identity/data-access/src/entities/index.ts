export * from './account.entity';
export * from './oidc-record.entity';
export * from './signing-key.entity';
export * from './sign-in-attempt.entity';
export * from './second-factor.entity';
