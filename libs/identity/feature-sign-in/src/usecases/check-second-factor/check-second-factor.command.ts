import { z } from 'zod';

/** The code form as posted: six digits from the app, or a recovery code, as typed. */
export const secondFactorCodeSchema = z.object({
  code: z.string().trim().max(64).default(''),
});

export type { FactorAttemptCommand as CheckSecondFactorCommand } from '../factor-attempts';
