export type { FactorAttemptCommand as EnrolSecondFactorCommand } from '../factor-attempts';
export { secondFactorCodeSchema } from '../check-second-factor/check-second-factor.command';
