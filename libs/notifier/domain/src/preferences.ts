import { isEssential, type MessageKind } from './message-kind';

/** A person's choices: kinds they muted by email or in the list, and hours to leave them alone. */
export interface NotificationPreferences {
  mutedEmail: readonly MessageKind[];
  mutedInApp: readonly MessageKind[];
  /** Local wall time (`HH:mm`) in the notifier's zone; null: no quiet hours. May span midnight. */
  quietHours: { start: string; end: string } | null;
}

export const NO_PREFERENCES: NotificationPreferences = { mutedEmail: [], mutedInApp: [], quietHours: null };

export type EmailPlan = { send: 'now' } | { send: 'at'; at: Date } | { send: 'never' };

export interface ChannelPlan {
  email: EmailPlan;
  inApp: boolean;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWallTime(value: string): boolean {
  return HH_MM.test(value);
}

/**
 * How a message of `kind` reaches a person. Essential messages (a way in, session changes) always
 * go by email, at once, whatever they chose; others follow the person's choices, and an email
 * falling in their quiet hours waits for the end of them. The list in the console is never quiet.
 */
export function channelPlan(
  kind: MessageKind,
  preferences: NotificationPreferences,
  now: Date,
  timeZone: string,
): ChannelPlan {
  const inApp = isEssential(kind) || !preferences.mutedInApp.includes(kind);
  if (isEssential(kind)) return { email: { send: 'now' }, inApp };
  if (preferences.mutedEmail.includes(kind)) return { email: { send: 'never' }, inApp };
  const quiet = preferences.quietHours;
  if (!quiet) return { email: { send: 'now' }, inApp };
  const end = quietEnd(quiet, now, timeZone);
  return { email: end ? { send: 'at', at: end } : { send: 'now' }, inApp };
}

/** The end of the quiet hours `now` falls in, as an instant; null when `now` is outside them. */
export function quietEnd(quiet: { start: string; end: string }, now: Date, timeZone: string): Date | null {
  const minutes = (value: string) => {
    const [, h = '0', m = '0'] = HH_MM.exec(value) ?? [];
    return Number(h) * 60 + Number(m);
  };
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return null;
  const local = localMinutes(now, timeZone);
  const inside = start < end ? local >= start && local < end : local >= start || local < end;
  if (!inside) return null;
  const wait = (end - local + 24 * 60) % (24 * 60);
  // Whole minutes from now, to the minute the quiet hours end (a zone change that night may shift it by an hour).
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000 + wait * 60_000);
}

function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}
