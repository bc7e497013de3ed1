/** ApplicationFollowUpDue: an application the person sent has had no answer for the delay they chose. */
export interface RemindApplicationFollowUpCommand {
  applicationId: string;
  candidateId: string;
  /** The day it was sent, and the day the follow-up fell due (`YYYY-MM-DD`). */
  sentOn: string;
  dueOn: string;
}
