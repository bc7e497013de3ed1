import type { Identity } from '@passerelle/shared/auth';

/** The offices whose parked messages an ops member sees: theirs, or null for all. */
export function parkedScopeOf(identity: Identity & { role: 'ops' }): string[] | null {
  return identity.allOffices ? null : identity.officeIds;
}
