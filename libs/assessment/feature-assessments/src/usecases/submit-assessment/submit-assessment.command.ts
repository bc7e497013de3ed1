/** The person hands in a session; it is then scored. */
export interface SubmitAssessmentCommand {
  assessmentId: string;
}
