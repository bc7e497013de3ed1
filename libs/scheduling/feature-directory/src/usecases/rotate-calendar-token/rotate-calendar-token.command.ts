/** A new secret address for a coach's calendar feed. */
export interface RotateCalendarTokenCommand {
  coachId: string;
}
