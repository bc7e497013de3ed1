import type { Identity } from '@passerelle/shared/auth';

/** Ops of one of these offices (or global ops). */
export function opsServes(identity: Identity, officeIds: readonly string[]): boolean {
  return (
    identity.role === 'ops' &&
    (identity.allOffices || officeIds.some((id) => identity.officeIds.includes(id)))
  );
}

/** The coach themself, or ops of one of the coach's offices. */
export function canManageCoach(
  identity: Identity,
  coach: { id: string; officeIds: readonly string[] },
): boolean {
  return (identity.role === 'coach' && identity.coachId === coach.id) || opsServes(identity, coach.officeIds);
}

/** The coach's first office: where their sessions are held unless a room or assignment says otherwise. */
export function homeOffice(coach: { id: string; officeIds: readonly string[] }): string {
  const [first] = coach.officeIds;
  if (!first) throw new Error(`coach ${coach.id} works in no office`); // refused at creation
  return first;
}

/** Offices an identity may list: ops their own (or all), a coach theirs. */
export function visibleOffices(identity: Identity): readonly string[] | 'all' {
  switch (identity.role) {
    case 'ops':
      return identity.allOffices ? 'all' : identity.officeIds;
    case 'coach':
      return identity.officeIds;
    case 'candidate':
    case 'sponsor':
      return [];
  }
}
