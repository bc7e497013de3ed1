export * from './account.repository';
export * from './oidc-record.repository';
export * from './signing-key.repository';
export * from './sign-in-attempt.repository';
export * from './invitation.repository';
export * from './account-audit.repository';
export * from './federated-sign-in.repository';
