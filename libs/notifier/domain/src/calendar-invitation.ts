/**
 * The calendar file attached to a session email (iTIP, RFC 5546, over RFC 5545): METHOD:REQUEST
 * to add or move the appointment, METHOD:CANCEL to remove it. The UID is the session's, so every
 * calendar application replaces its copy; SEQUENCE grows with each change. Written the way
 * scheduling writes its feed (decision 0015): UTC instants, TEXT escaped, lines folded at 75 octets.
 */
export interface CalendarInvitation {
  method: 'REQUEST' | 'CANCEL';
  sessionId: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  organizer: { email: string; name: string };
  attendee: { email: string; name: string };
  /** DTSTAMP: when the file was written. */
  stampedAt: Date;
}

const CRLF = '\r\n';

export function sessionUid(sessionId: string): string {
  return `${sessionId}@passerelle`;
}

export function renderCalendarInvitation(invitation: CalendarInvitation): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Passerelle//Notifier//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${invitation.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(sessionUid(invitation.sessionId))}`,
    `SEQUENCE:${invitation.sequence}`,
    `DTSTAMP:${utcStamp(invitation.stampedAt)}`,
    `DTSTART:${utcStamp(invitation.start)}`,
    `DTEND:${utcStamp(invitation.end)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
  ];
  if (invitation.description) lines.push(`DESCRIPTION:${escapeText(invitation.description)}`);
  lines.push(
    `ORGANIZER;CN=${paramValue(invitation.organizer.name)}:mailto:${invitation.organizer.email}`,
    `ATTENDEE;CN=${paramValue(invitation.attendee.name)};ROLE=REQ-PARTICIPANT:mailto:${invitation.attendee.email}`,
    `STATUS:${invitation.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** `20261123T090000Z` (RFC 5545 DATE-TIME, form #2: UTC). */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN): quoted, and a double quote or control character cannot appear in one. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = new TextEncoder().encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `Passerelle <ne-pas-repondre@passerelle.local>` as a name and an address (the organizer of a file). */
export function parseMailbox(mailbox: string): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailbox);
  const [, name = '', email = ''] = match ?? [];
  if (match) return { name: name.replace(/^"|"$/g, '') || email, email };
  return { name: mailbox.trim(), email: mailbox.trim() };
}
