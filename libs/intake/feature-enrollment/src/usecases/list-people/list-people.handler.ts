import { Injectable } from '@nestjs/common';
import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { toPage, type Page, type PageRequest } from '@passerelle/shared/graphql';
import {
  PeopleRepository,
  ProgrammeRepository,
  type PeopleCriteria,
  type PersonInList,
} from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode } from '../../enrollment.error';
import type { ListPeopleQuery } from './list-people.query';

export type PeoplePage = Page<PersonInList> & { totalCount: number };

/**
 * One page of a programme's people. Ops see the people of a programme one of their offices serves;
 * a coach sees, in any programme, only the people they follow. Anyone else, or a programme that
 * is not theirs, gets PROGRAMME_NOT_FOUND (the same answer as for no such programme).
 */
@Injectable()
export class ListPeopleHandler {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly people: PeopleRepository,
  ) {}

  async execute(identity: Identity, query: ListPeopleQuery, request: PageRequest): Promise<PeoplePage> {
    const followedBy = identity.role === 'coach' ? identity.coachId : null;
    const { filter } = query;
    const criteria: PeopleCriteria = {
      programmeId: query.programmeId,
      followedBy,
      words: query.search,
      statuses: filter.statuses ?? [],
      tracks: filter.tracks ?? [],
      coachId: filter.coachId ?? null,
      officeId: filter.officeId ?? null,
      assigned: filter.assigned ?? null,
      outcomes: filter.outcomes ?? [],
      withoutOutcome: filter.withoutOutcome ?? false,
      atRisk: filter.atRisk ?? null,
      site: filter.site || null,
      enrolledFrom: filter.enrolledFrom ?? null,
      enrolledTo: filter.enrolledTo ?? null,
    };
    // The access check reads the programme while the page and its total are read: one round trip
    // of waiting instead of two. Nothing is answered before the check passes.
    const [programme, rows, totalCount] = await Promise.all([
      this.programmes.findProgramme(query.programmeId),
      this.people.page(criteria, query.orderBy, request.after, request.first + 1),
      this.people.count(criteria),
    ]);
    const allowed =
      programme &&
      ((identity.role === 'ops' && servesAnyOffice(identity, programme.officeIds)) ||
        (identity.role === 'coach' && followedBy !== null));
    if (!allowed)
      throw new EnrollmentError(
        EnrollmentErrorCode.ProgrammeNotFound,
        'programmeId: no such programme of yours',
        {
          field: 'programmeId',
        },
      );
    return { ...toPage(rows, request, (row) => row.sortKey), totalCount };
  }
}
