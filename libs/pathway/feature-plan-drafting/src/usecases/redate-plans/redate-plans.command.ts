/** The programme's end as the newest terms set it, for every plan of the programme. */
export interface RedatePlansCommand {
  programmeId: string;
  startDate: string;
  durationMonths: number;
  now: Date;
}
