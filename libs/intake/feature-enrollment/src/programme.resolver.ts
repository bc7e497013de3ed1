import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput, toPage, type Page } from '@passerelle/shared/graphql';
import { ProgrammeRepository, ProgrammeTermsRepository } from '@passerelle/intake/data-access';
import {
  toProgrammeObject,
  toSponsorObject,
  type ProgrammeObject,
  type SponsorObject,
} from './candidate.object';
import { invalidEnrollmentInput } from './enrollment.error';
import { amendProgrammeCommandSchema } from './usecases/amend-programme/amend-programme.command';
import { AmendProgrammeHandler } from './usecases/amend-programme/amend-programme.handler';
import { closeProgrammeCommandSchema } from './usecases/close-programme/close-programme.command';
import { CloseProgrammeHandler } from './usecases/close-programme/close-programme.handler';
import { createProgrammeCommandSchema } from './usecases/create-programme/create-programme.command';
import { CreateProgrammeHandler } from './usecases/create-programme/create-programme.handler';
import { createSponsorCommandSchema } from './usecases/create-sponsor/create-sponsor.command';
import { CreateSponsorHandler } from './usecases/create-sponsor/create-sponsor.handler';

@Resolver('Programme')
export class ProgrammeResolver {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly createProgrammeHandler: CreateProgrammeHandler,
    private readonly createSponsorHandler: CreateSponsorHandler,
    private readonly amendProgrammeHandler: AmendProgrammeHandler,
    private readonly closeProgrammeHandler: CloseProgrammeHandler,
    private readonly terms: ProgrammeTermsRepository,
  ) {}

  @Query('programmes')
  @Roles('ops', 'sponsor', 'committee')
  async programmesInScope(
    @Args('first') first: number | null,
    @Args('after') after: string | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<Page<ProgrammeObject>> {
    const request = pageRequest(first, after);
    const scope =
      identity.role === 'sponsor' || identity.role === 'committee'
        ? { sponsorIds: identity.sponsorIds }
        : identity.role === 'ops'
          ? { officeIds: identity.allOffices ? ('all' as const) : identity.officeIds }
          : null;
    if (!scope) return toPage([], request, () => []);
    const [createdAt, id] = request.after ?? [];
    const rows = await this.terms.inScope(scope, {
      after: request.after ? { createdAt: String(createdAt), id: String(id) } : null,
      limit: request.first + 1,
    });
    const page = toPage(rows, request, (row) => [row.createdAt.toISOString(), row.id]);
    return { ...page, nodes: page.nodes.map(toProgrammeObject) };
  }

  @Mutation('amendProgramme')
  @Roles('ops')
  async amendProgramme(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammeObject> {
    const command = parseInput(amendProgrammeCommandSchema, input, invalidEnrollmentInput);
    return toProgrammeObject(await this.amendProgrammeHandler.execute(identity, command));
  }

  @Mutation('closeProgramme')
  @Roles('ops')
  async closeProgramme(
    @Args('programmeId') programmeId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammeObject> {
    const command = parseInput(closeProgrammeCommandSchema, { programmeId }, invalidEnrollmentInput);
    return toProgrammeObject(await this.closeProgrammeHandler.execute(identity, command));
  }

  @Query('programme')
  @Roles('ops', 'sponsor')
  async programme(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammeObject | null> {
    const row = await this.programmes.findProgramme(id);
    if (!row) return null;
    const allowed =
      identity.role === 'sponsor'
        ? identity.sponsorIds.includes(row.sponsorId)
        : servesAnyOffice(identity, row.officeIds);
    return allowed ? toProgrammeObject(row) : null;
  }

  @ResolveField('sponsor')
  @Roles('candidate', 'coach', 'ops', 'sponsor', 'committee')
  async sponsor(@Parent() programme: ProgrammeObject): Promise<SponsorObject> {
    const sponsor = await this.programmes.findSponsor(programme.sponsorId);
    if (!sponsor) throw new Error(`sponsor ${programme.sponsorId} of programme ${programme.id} is missing`);
    return toSponsorObject(sponsor);
  }

  @Mutation('createSponsor')
  @Roles('ops')
  async createSponsor(@Args('input') input: unknown): Promise<SponsorObject> {
    const command = parseInput(createSponsorCommandSchema, input, invalidEnrollmentInput);
    return toSponsorObject(await this.createSponsorHandler.execute(command));
  }

  @Mutation('createProgramme')
  @Roles('ops')
  async createProgramme(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProgrammeObject> {
    const command = parseInput(createProgrammeCommandSchema, input, invalidEnrollmentInput);
    return toProgrammeObject(await this.createProgrammeHandler.execute(identity, command));
  }
}
