/**
 * Re-rank a person's target occupations (and then their offers) as of `now`: after their profile
 * changed (an event from another service, or the search area they set).
 */
export interface RecomputeRecommendationsCommand {
  candidateId: string;
  now: Date;
}
