// The rules of the notifier, one block per file; docs/architecture.md names the file of each rule.

// The kinds of message, which are essential (always by email), and the dedupe key of each.
export * from './message-kind';

// Who a message goes to (identity's directory), and when nothing may be sent to them.
export * from './recipient';

// After a failed send: back-off, or parked for ops.
export * from './delivery-policy';

// Digests at most once a day; at-risk lines most urgent first; job leads best rank first.
export * from './digest-schedule';

// People waiting for a coach beyond the threshold, per office.
export * from './assignment-queue';

// The layout every message shares: text and HTML from the same blocks, everything escaped.
export * from './message-text';

// The calendar file of a session email (METHOD REQUEST or CANCEL, stable UID, growing SEQUENCE).
export * from './calendar-invitation';

// The templates, in French and English.
export * from './account-templates';
export * from './session-templates';
export * from './progress-templates';
export * from './career-templates';

// A person's choices: muted kinds per channel, quiet hours; essential messages always by email.
export * from './preferences';

// The signed token of an unsubscribe link (account and kind, HMAC-SHA256).
export * from './unsubscribe-token';
