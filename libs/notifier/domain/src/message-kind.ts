/** Every message the notifier writes; stored in `outgoing_message.kind`, never renamed. */
export const MESSAGE_KINDS = [
  'invitation',
  'sign_in_link',
  'session_booked',
  'session_rescheduled',
  'session_cancelled',
  'session_reminder',
  'coach_change_proposed',
  'results_released',
  'job_leads_digest',
  'distress_alert',
  'at_risk_digest',
  'assignment_queue_alert',
  'application_follow_up',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Essential messages always go by email, whatever a person's preferences: a way in, and any change
 * to an appointment they must attend, or a coach change they are asked to accept (issue 13, item 10).
 */
const ESSENTIAL: ReadonlySet<MessageKind> = new Set([
  'invitation',
  'sign_in_link',
  'session_booked',
  'session_rescheduled',
  'session_cancelled',
  'coach_change_proposed',
]);

export function isEssential(kind: MessageKind): boolean {
  return ESSENTIAL.has(kind);
}

/**
 * One message per event, recipient, kind and channel: the key a redelivered or replayed event
 * collides on, so it sends nothing twice even past the inbox. An email's key has no channel part
 * (the keys written before texts existed stay valid).
 */
export function dedupeKey(
  sourceId: string,
  recipientId: string,
  kind: MessageKind,
  channel: 'email' | 'sms' = 'email',
): string {
  const key = `${sourceId}:${recipientId}:${kind}`;
  return channel === 'email' ? key : `${key}:${channel}`;
}
