/** One enrolment of a Kafka batch: what it says of the person, and the event (its cause). */
export interface Enrolment {
  eventId: string;
  correlationId: string;
  candidateId: string;
  programmeId: string;
  /** The offices of the person's enrolment: their reach, and the programme's until its terms arrive. */
  officeIds: readonly string[];
  languages: readonly string[];
  enrolledAt: Date;
}

/**
 * Find a coach for each of a batch's people on their enrolment (an HR file's people arrive by the
 * thousand), with the result of `AssignCoachCommand` for each in turn (trigger `enrolled`).
 */
export interface AssignCoachesCommand {
  /** In their partition's order, so each person's in theirs. */
  enrolments: readonly Enrolment[];
  now: Date;
}
