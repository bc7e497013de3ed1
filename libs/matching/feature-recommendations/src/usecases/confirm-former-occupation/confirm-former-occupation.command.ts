export interface ConfirmFormerOccupationCommand {
  candidateId: string;
  /** One of the candidates offered, or any other ROME occupation code. */
  occupationCode: string;
}
