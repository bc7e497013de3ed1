/** A coach was added or got room: the people waiting whom they may follow are tried again. */
export interface DrainQueueCommand {
  coachId: string;
}
