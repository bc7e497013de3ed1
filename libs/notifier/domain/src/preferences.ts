import { isEssential, type MessageKind } from './message-kind';
import type { SkipReason } from './recipient';

/** A person's choices: kinds they muted by email or in the list, and hours to leave them alone. */
export interface NotificationPreferences {
  mutedEmail: readonly MessageKind[];
  mutedInApp: readonly MessageKind[];
  /** Local wall time (`HH:mm`) in the notifier's zone; null: no quiet hours. May span midnight. */
  quietHours: { start: string; end: string } | null;
}

export const NO_PREFERENCES: NotificationPreferences = { mutedEmail: [], mutedInApp: [], quietHours: null };

/**
 * What a person consented to in intake, as its ConsentRecorded events told the notifier: the
 * privacy notice (null: never answered, which stops nothing) and reminders by text message.
 */
export interface RecipientConsent {
  privacyNotice: boolean | null;
  smsReminders: boolean;
}

export const NO_CONSENT_RECORDED: RecipientConsent = { privacyNotice: null, smsReminders: false };

/** When a message goes by one channel, or why it does not. */
export type SendPlan = { send: 'now' } | { send: 'at'; at: Date } | { send: 'never'; reason: SkipReason };

export interface ChannelPlan {
  email: SendPlan;
  /** Null: this kind never goes by text, or the person did not agree to texts (nothing to record). */
  sms: SendPlan | null;
  inApp: boolean;
}

/** The kinds a text can carry: a reminder is what a text is for (issue 13, item 8). */
const BY_SMS: ReadonlySet<MessageKind> = new Set(['session_reminder']);

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWallTime(value: string): boolean {
  return HH_MM.test(value);
}

/**
 * How a message of `kind` reaches a person. Essential messages (a way in, session changes) always
 * go by email, at once, whatever they chose. Others stop when the person withdrew their consent to
 * the privacy notice in intake, and otherwise follow their choices; a reminder also goes by text
 * when they agreed to texts. An email or a text falling in their quiet hours waits for the end of
 * them. The list in the console is never quiet, and is not outreach: consent does not stop it.
 */
export function channelPlan(
  kind: MessageKind,
  preferences: NotificationPreferences,
  now: Date,
  timeZone: string,
  consent: RecipientConsent = NO_CONSENT_RECORDED,
): ChannelPlan {
  const inApp = isEssential(kind) || !preferences.mutedInApp.includes(kind);
  if (isEssential(kind)) return { email: { send: 'now' }, sms: null, inApp };
  const wantsText = BY_SMS.has(kind) && consent.smsReminders;
  if (consent.privacyNotice === false) {
    const withdrawn = { send: 'never', reason: 'consent_withdrawn' } as const;
    return { email: withdrawn, sms: wantsText ? withdrawn : null, inApp };
  }
  const quiet = preferences.quietHours ? quietEnd(preferences.quietHours, now, timeZone) : null;
  const timed: SendPlan = quiet ? { send: 'at', at: quiet } : { send: 'now' };
  return {
    email: preferences.mutedEmail.includes(kind) ? { send: 'never', reason: 'unsubscribed' } : timed,
    sms: wantsText ? timed : null,
    inApp,
  };
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
