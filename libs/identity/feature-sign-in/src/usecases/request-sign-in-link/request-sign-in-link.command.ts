import { z } from 'zod';

/** The "forgot my password" form as posted: an address, as typed. */
export const requestSignInLinkSchema = z.object({
  email: z.string().trim().max(320).default(''),
});

export interface RequestSignInLinkCommand {
  email: string;
  /** The address the request came from, for the per-address limit and the audit. */
  sourceAddress: string;
  now: Date;
}
