/** One enrolment of a Kafka batch: the person, their programme, and the event (its cause). */
export interface Enrolment {
  eventId: string;
  correlationId: string;
  candidateId: string;
  programmeId: string;
}

/**
 * Start the pathways of a batch's enrolments together (an HR file's people arrive by the
 * thousand), with the result of drafting them one by one (`DraftPathwayCommand`).
 */
export interface DraftPathwaysCommand {
  /** In their partition's order, so each person's in theirs. */
  enrolments: readonly Enrolment[];
  now: Date;
}
