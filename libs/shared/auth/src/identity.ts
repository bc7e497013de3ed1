import { z } from 'zod';

export const ROLES = ['candidate', 'coach', 'ops', 'sponsor', 'committee'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, with the scope their role grants: a candidate their own record, a coach their
 * caseload, ops their offices (or all), a sponsor's HR their own programmes, in aggregate only; a
 * member of a programme's commission de suivi (staff representatives), read-only, what the
 * sponsor's HR is shown of the committee's figures and nothing else.
 */
export type Identity =
  | { subject: string; role: 'candidate'; candidateId: string }
  | { subject: string; role: 'coach'; coachId: string; officeIds: string[] }
  | { subject: string; role: 'ops'; officeIds: string[]; allOffices: boolean }
  | { subject: string; role: 'sponsor'; sponsorIds: string[] }
  | { subject: string; role: 'committee'; sponsorIds: string[] };

/** Token claims, as issued by the identity provider (or the local issuer). */
export const identityClaimsSchema = z.discriminatedUnion('role', [
  z.object({ sub: z.string().min(1), role: z.literal('candidate'), candidate_id: z.uuid() }),
  z.object({
    sub: z.string().min(1),
    role: z.literal('coach'),
    coach_id: z.uuid(),
    office_ids: z.array(z.uuid()),
  }),
  z.object({
    sub: z.string().min(1),
    role: z.literal('ops'),
    office_ids: z.array(z.uuid()).default([]),
    all_offices: z.boolean().default(false),
  }),
  z.object({ sub: z.string().min(1), role: z.literal('sponsor'), sponsor_ids: z.array(z.uuid()).min(1) }),
  z.object({ sub: z.string().min(1), role: z.literal('committee'), sponsor_ids: z.array(z.uuid()).min(1) }),
]);
export type IdentityClaims = z.input<typeof identityClaimsSchema>;

export class InvalidIdentityError extends Error {
  override name = 'InvalidIdentityError';
}

export function identityFromClaims(raw: unknown): Identity {
  const parsed = identityClaimsSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'role'}: ${issue.message}`);
    throw new InvalidIdentityError(`token claims do not describe a Passerelle user (${where.join('; ')})`);
  }
  const claims = parsed.data;
  switch (claims.role) {
    case 'candidate':
      return { subject: claims.sub, role: 'candidate', candidateId: claims.candidate_id };
    case 'coach':
      return { subject: claims.sub, role: 'coach', coachId: claims.coach_id, officeIds: claims.office_ids };
    case 'ops':
      return {
        subject: claims.sub,
        role: 'ops',
        officeIds: claims.office_ids,
        allOffices: claims.all_offices,
      };
    case 'sponsor':
      return { subject: claims.sub, role: 'sponsor', sponsorIds: claims.sponsor_ids };
    case 'committee':
      return { subject: claims.sub, role: 'committee', sponsorIds: claims.sponsor_ids };
  }
}

export function claimsFromIdentity(identity: Identity): IdentityClaims {
  switch (identity.role) {
    case 'candidate':
      return { sub: identity.subject, role: 'candidate', candidate_id: identity.candidateId };
    case 'coach':
      return {
        sub: identity.subject,
        role: 'coach',
        coach_id: identity.coachId,
        office_ids: identity.officeIds,
      };
    case 'ops':
      return {
        sub: identity.subject,
        role: 'ops',
        office_ids: identity.officeIds,
        all_offices: identity.allOffices,
      };
    case 'sponsor':
      return { sub: identity.subject, role: 'sponsor', sponsor_ids: identity.sponsorIds };
    case 'committee':
      return { sub: identity.subject, role: 'committee', sponsor_ids: identity.sponsorIds };
  }
}
