/** The coach (or ops) says a session took place: everyone still booked attended. */
export interface CompleteSessionCommand {
  sessionId: string;
}

/** The coach (or ops) says who did not come: these people, or everyone still booked. */
export interface MarkNoShowCommand {
  sessionId: string;
  candidateIds: string[] | null;
}
