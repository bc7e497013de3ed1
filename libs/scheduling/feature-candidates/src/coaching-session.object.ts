import type { CoachingSessionEntity } from '@passerelle/scheduling/data-access';

/** The GraphQL shape, kept apart from the table so the public schema does not follow every column. */
export type CoachingSessionObject = Pick<CoachingSessionEntity, 'id' | 'kind' | 'startsAt' | 'status'>;

export const toCoachingSessionObject = (row: CoachingSessionEntity): CoachingSessionObject => ({
  id: row.id,
  kind: row.kind,
  startsAt: row.startsAt,
  status: row.status,
});
