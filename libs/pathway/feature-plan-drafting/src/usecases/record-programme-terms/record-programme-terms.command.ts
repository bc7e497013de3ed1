/** A programme's terms, as contracted or amended: what every plan of the programme must fit into. */
export interface RecordProgrammeTermsCommand {
  programmeId: string;
  sponsorId: string;
  officeIds: string[];
  startDate: string;
  durationMonths: number;
  sessionBudgetPerPerson: number;
  termsAt: Date;
  now: Date;
}
