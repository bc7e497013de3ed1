import type { CoachEntity, CoachExceptionEntity } from '@passerelle/scheduling/data-access';
import type { Coach, CoachException } from '@passerelle/scheduling/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** The coach's public face; email, caseload, hours, absences and feed go through guarded field resolvers. */
export type CoachObject = Omit<
  Coach,
  'email' | 'maxCaseload' | 'activeCaseload' | 'weeklyHours' | 'exceptions' | 'calendarFeed'
>;

export const toCoachObject = (row: CoachEntity): CoachObject => ({
  id: row.id,
  displayName: row.displayName,
  officeIds: row.officeIds,
  languages: row.languages,
  specialties: row.specialties.map(toGraphQLEnum),
  active: row.active,
});

export const toCoachExceptionObject = (row: CoachExceptionEntity): CoachException => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  note: row.note,
});
