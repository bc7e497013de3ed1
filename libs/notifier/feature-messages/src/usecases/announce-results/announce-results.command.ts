/** ResultsReleased: the person's results are there to read. */
export interface AnnounceResultsCommand {
  eventId: string;
  candidateId: string;
}
