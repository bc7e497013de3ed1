// Identity's rules, as pure functions (docs/architecture.md lists where each lives).

// Accounts: roles, statuses, and the claims a token of an account carries.
export * from './account';
// Which new passwords are refused (length, known passwords, the mailbox name).
export * from './password-policy';
// How passwords are stored: scrypt with its parameters in each hash.
export * from './password-hashing';
// How wrong passwords lock an account, for longer each time.
export * from './sign-in-throttle';
// Invitations: single-use secrets kept as digests, and what an invitation can still do.
export * from './invitation';
// Sign-in links asked for from the sign-in page: who gets one, how many, the lock after a reset.
export * from './sign-in-link';
// Who may open which staff account, and the audit's vocabulary.
export * from './staff-accounts';
// The second factor: who needs one, TOTP codes (window, replay), recovery codes, the sealed secret.
export * from './second-factor';
export * from './totp';
export * from './recovery-codes';
export * from './factor-secret-sealing';
// Signing in through a firm's own provider: whom its answer may sign in.
export * from './firm-sign-in';
// Where identity's own pages live, from the issuer.
export * from './page-address';
