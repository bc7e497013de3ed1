import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import type { JobApplication } from '@passerelle/career/graphql-types';
import { invalidApplicationInput } from './applications.error';
import { toApplicationObject } from './application.object';
import { changeApplicationStatusCommandSchema } from './usecases/change-application-status/change-application-status.command';
import { ChangeApplicationStatusHandler } from './usecases/change-application-status/change-application-status.handler';
import { editApplicationCommandSchema } from './usecases/edit-application/edit-application.command';
import { EditApplicationHandler } from './usecases/edit-application/edit-application.handler';
import { markOveLoggedCommandSchema } from './usecases/mark-ove-logged/mark-ove-logged.command';
import { MarkOveLoggedHandler } from './usecases/mark-ove-logged/mark-ove-logged.handler';
import {
  readApplicationQuerySchema,
  readApplicationsQuerySchema,
} from './usecases/read-applications/read-applications.query';
import { ReadApplicationsHandler } from './usecases/read-applications/read-applications.handler';
import { recordApplicationCommandSchema } from './usecases/record-application/record-application.command';
import { RecordApplicationHandler } from './usecases/record-application/record-application.handler';

/**
 * Job applications: the person and their coach record them and follow where they stand; the coach
 * clears the OVE flag once the answered offer is logged in intake. Ops, sponsor HR and committee
 * members are refused (decision 0030), another coach too (FORBIDDEN from the handlers).
 */
@Resolver('JobApplication')
export class ApplicationsResolver {
  constructor(
    private readonly read: ReadApplicationsHandler,
    private readonly record: RecordApplicationHandler,
    private readonly change: ChangeApplicationStatusHandler,
    private readonly edit: EditApplicationHandler,
    private readonly markLogged: MarkOveLoggedHandler,
  ) {}

  @Query('jobApplications')
  @Roles('candidate', 'coach')
  async jobApplications(
    @Args('candidateId') candidateId: string,
    @Args('statuses') statuses: string[] | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication[]> {
    const query = parseInput(readApplicationsQuerySchema, { candidateId, statuses }, invalidApplicationInput);
    return (await this.read.list(identity, query)).map(toApplicationObject);
  }

  @Query('jobApplication')
  @Roles('candidate', 'coach')
  async jobApplication(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication> {
    const query = parseInput(readApplicationQuerySchema, { id }, invalidApplicationInput);
    return toApplicationObject(await this.read.one(identity, query.id));
  }

  @Mutation('recordJobApplication')
  @Roles('candidate', 'coach')
  async recordJobApplication(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication> {
    const command = parseInput(recordApplicationCommandSchema, input, invalidApplicationInput);
    return toApplicationObject(await this.record.execute(identity, command));
  }

  @Mutation('changeJobApplicationStatus')
  @Roles('candidate', 'coach')
  async changeJobApplicationStatus(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication> {
    const command = parseInput(changeApplicationStatusCommandSchema, input, invalidApplicationInput);
    return toApplicationObject(await this.change.execute(identity, command));
  }

  @Mutation('editJobApplication')
  @Roles('candidate', 'coach')
  async editJobApplication(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication> {
    const command = parseInput(editApplicationCommandSchema, input, invalidApplicationInput);
    return toApplicationObject(await this.edit.execute(identity, command));
  }

  @Mutation('markOveLogged')
  @Roles('coach')
  async markOveLogged(
    @Args('applicationId') applicationId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobApplication> {
    const command = parseInput(markOveLoggedCommandSchema, { applicationId }, invalidApplicationInput);
    return toApplicationObject(await this.markLogged.execute(identity, command));
  }
}
