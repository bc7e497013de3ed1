/** A first code typed while setting up a factor (the form is the code page's: secondFactorCodeSchema). */
export type { FactorAttemptCommand as EnrolSecondFactorCommand } from '../factor-attempts';
