export const MILESTONE_STATUSES = ['pending', 'open', 'booked', 'reached', 'superseded'] as const;
/**
 * pending: waits for a milestone it depends on; open: can be done now; booked: a session is booked
 * for it; reached: done; superseded: no longer needed (the person found a job before it).
 */
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type MilestoneAction = 'book' | 'cancel' | 'no_show' | 'reach' | 'supersede';

/**
 * The milestone state machine. Facts drive it; a fact that does not apply to a milestone's state
 * (a booking for a reached milestone, a cancellation of an open one) gives null and changes nothing.
 * Whether a waiting milestone shows as pending or open depends on its dependencies, not on facts:
 * a person may well do things in another order than the plan said, and the fact still counts.
 */
export function nextStatus(status: MilestoneStatus, action: MilestoneAction): MilestoneStatus | null {
  const waiting = status === 'pending' || status === 'open';
  switch (action) {
    case 'book':
      return waiting ? 'booked' : null;
    case 'cancel':
    case 'no_show':
      return status === 'booked' ? 'open' : null;
    case 'reach':
    case 'supersede':
      return waiting || status === 'booked' ? (action === 'reach' ? 'reached' : 'superseded') : null;
  }
}

export function isSettled(status: MilestoneStatus): boolean {
  return status === 'reached' || status === 'superseded';
}
