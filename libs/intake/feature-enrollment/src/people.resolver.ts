import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput, toGraphQLEnumOrNull, type Page } from '@passerelle/shared/graphql';
import { toCandidateObject, type CandidateObject } from './candidate.object';
import { invalidEnrollmentInput } from './enrollment.error';
import { ListPeopleHandler } from './usecases/list-people/list-people.handler';
import { listPeopleSchema } from './usecases/list-people/list-people.query';

interface PersonInListObject {
  candidate: CandidateObject;
  track: string | null;
  coachId: string | null;
  outcome: string | null;
  risk: string | null;
}

/** The people list of a programme (ops, and a coach over the people they follow). */
@Resolver('PersonInList')
export class PeopleResolver {
  constructor(private readonly listPeople: ListPeopleHandler) {}

  @Query('people')
  @Roles('ops', 'coach')
  async people(
    @Args() args: Record<string, unknown>,
    @CurrentIdentity() identity: Identity,
  ): Promise<Page<PersonInListObject> & { totalCount: number }> {
    const { first, after, ...input } = args;
    const request = pageRequest(first as number | null, after as string | null);
    const query = parseInput(listPeopleSchema, input, invalidEnrollmentInput);
    const page = await this.listPeople.execute(identity, query, request);
    return {
      ...page,
      nodes: page.nodes.map((person) => ({
        candidate: toCandidateObject(person.candidate),
        track: toGraphQLEnumOrNull(person.track),
        coachId: person.coachId,
        outcome: toGraphQLEnumOrNull(person.outcome),
        risk: toGraphQLEnumOrNull(person.risk),
      })),
    };
  }
}
