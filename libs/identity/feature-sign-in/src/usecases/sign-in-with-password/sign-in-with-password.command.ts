import { z } from 'zod';

/** The sign-in form as posted: an address and a password, both as typed. */
export const signInWithPasswordSchema = z.object({
  email: z.string().trim().max(320).default(''),
  password: z.string().max(1024).default(''),
});

export interface SignInWithPasswordCommand {
  email: string;
  password: string;
  /** The address the attempt came from, for the per-address limit and the audit. */
  sourceAddress: string;
  now: Date;
}
