/** CandidateDiagnosed with the distress flag: someone needs prompt human contact. */
export interface AlertDistressCommand {
  eventId: string;
  candidateId: string;
}
