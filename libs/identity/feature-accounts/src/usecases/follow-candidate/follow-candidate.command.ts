/** A coach now follows the person: they may re-send the person's invitation. */
export interface FollowCandidateCommand {
  candidateId: string;
  coachId: string;
  assignedAt: Date;
}
