import { z } from 'zod';
import { absentAsEmpty } from '@passerelle/shared/graphql';

export const createStaffAccountCommandSchema = z.object({
  email: z.email('email must be an email address').max(254),
  displayName: z.string().trim().min(1, 'displayName is required').max(200),
  role: z
    .enum(['OPS', 'SPONSOR', 'COMMITTEE'], 'role must be OPS, SPONSOR or COMMITTEE')
    .transform((role) => role.toLowerCase() as 'ops' | 'sponsor' | 'committee'),
  language: z
    .enum(['FR', 'EN'], 'language must be FR or EN')
    .nullish()
    .transform((language) => (language === 'EN' ? 'en' : 'fr') as 'fr' | 'en'),
  officeIds: absentAsEmpty(z.array(z.uuid('officeIds must be office ids'))),
  allOffices: z
    .boolean()
    .nullish()
    .transform((all) => all ?? false),
  sponsorIds: absentAsEmpty(z.array(z.uuid('sponsorIds must be sponsor ids'))),
});

export type CreateStaffAccountCommand = z.infer<typeof createStaffAccountCommandSchema>;
