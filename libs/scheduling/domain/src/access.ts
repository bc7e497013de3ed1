/**
 * The part of a caller's identity that decides what they may see and change in scheduling
 * (the shape of the platform's forwarded identity, so any identity can be passed as it is).
 */
export type Caller =
  | { role: 'candidate'; candidateId: string }
  | { role: 'coach'; coachId: string; officeIds: readonly string[] }
  | { role: 'ops'; officeIds: readonly string[]; allOffices: boolean }
  | { role: 'sponsor' | 'committee'; sponsorIds: readonly string[] };

/** A coach as the access rules see them: who they are and where they work. */
export interface CoachPlace {
  id: string;
  officeIds: readonly string[];
}

/** Ops of one of these offices (or global ops). */
export function opsServes(caller: Caller, officeIds: readonly string[]): boolean {
  return (
    caller.role === 'ops' && (caller.allOffices || officeIds.some((id) => caller.officeIds.includes(id)))
  );
}

/** The coach themself, or ops of one of the coach's offices. */
export function canManageCoach(caller: Caller, coach: CoachPlace): boolean {
  return (caller.role === 'coach' && caller.coachId === coach.id) || opsServes(caller, coach.officeIds);
}

/** The coach's first office: where their sessions are held unless a room or assignment says otherwise. */
export function homeOffice(coach: CoachPlace): string {
  const [first] = coach.officeIds;
  if (!first) throw new Error(`coach ${coach.id} works in no office`); // refused at creation
  return first;
}

/** Offices a caller may list: ops their own (or all), a coach theirs. */
export function visibleOffices(caller: Caller): readonly string[] | 'all' {
  switch (caller.role) {
    case 'ops':
      return caller.allOffices ? 'all' : caller.officeIds;
    case 'coach':
      return caller.officeIds;
    case 'candidate':
    case 'sponsor':
    case 'committee':
      return [];
  }
}
