/** Ops added a coach in scheduling: open the coach's account and invite them. */
export interface OpenCoachAccountCommand {
  coachId: string;
  officeIds: string[];
  now: Date;
}
