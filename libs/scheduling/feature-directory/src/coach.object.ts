import type { CoachEntity, CoachExceptionEntity } from '@passerelle/scheduling/data-access';
import { toGraphQLEnum } from '@passerelle/scheduling/domain';

/** The coach's public face; caseload, hours and absences go through guarded field resolvers. */
export interface CoachObject {
  id: string;
  displayName: string;
  officeIds: string[];
  languages: string[];
  specialties: string[];
  active: boolean;
}

export const toCoachObject = (row: CoachEntity): CoachObject => ({
  id: row.id,
  displayName: row.displayName,
  officeIds: row.officeIds,
  languages: row.languages,
  specialties: row.specialties.map(toGraphQLEnum),
  active: row.active,
});

export const toCoachExceptionObject = (row: CoachExceptionEntity) => ({
  id: row.id,
  kind: toGraphQLEnum(row.kind),
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  note: row.note,
});
