/** Reminders before each session: 24 h and 1 h. */
export const REMINDER_LEAD_MINUTES = [24 * 60, 60] as const;

export interface ReminderDue {
  leadMinutes: number;
  dueAt: Date;
}

/** The reminders of a session starting at `startsAt` still ahead of `now`: one per lead time. */
export function remindersDue(startsAt: Date, now: Date): ReminderDue[] {
  return REMINDER_LEAD_MINUTES.map((leadMinutes) => ({
    leadMinutes,
    dueAt: new Date(startsAt.getTime() - leadMinutes * 60_000),
  })).filter((reminder) => reminder.dueAt > now);
}
