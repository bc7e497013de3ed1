export * from './account.entity';
export * from './oidc-record.entity';
export * from './signing-key.entity';
export * from './sign-in-attempt.entity';
export * from './invitation.entity';
export * from './account-audit.entity';
export * from './candidate-follow.entity';
export * from './federated-sign-in.entity';
