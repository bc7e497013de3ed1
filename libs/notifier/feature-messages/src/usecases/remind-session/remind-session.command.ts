/** SessionReminderDue: remind the person of a session ahead. */
export interface RemindSessionCommand {
  eventId: string;
  sessionId: string;
  candidateId: string;
  startsAt: Date;
  leadMinutes: number;
}
