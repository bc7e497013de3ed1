import { z } from 'zod';

/** The set-password form, as posted. Length and known passwords are checked by the policy. */
export const acceptInvitationFormSchema = z.object({
  password: z.string().max(1024).default(''),
  confirmation: z.string().max(1024).default(''),
});

export interface AcceptInvitationCommand {
  token: string;
  password: string;
  confirmation: string;
  now: Date;
}
