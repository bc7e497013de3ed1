import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import type {
  ConfidentialSessionNote,
  SessionNoteTemplate,
  SessionSummary,
} from '@passerelle/scheduling/graphql-types';
import { invalidNoteInput } from './session-note.error';
import { toConfidentialNoteObject, toSummaryObject, toTemplateObject } from './session-note.object';
import type { SessionObject } from './session.object';
import { acknowledgeSessionSummaryCommandSchema } from './usecases/acknowledge-session-summary/acknowledge-session-summary.command';
import { AcknowledgeSessionSummaryHandler } from './usecases/acknowledge-session-summary/acknowledge-session-summary.handler';
import {
  amendConfidentialNoteCommandSchema,
  amendSessionSummaryCommandSchema,
} from './usecases/amend-session-note/amend-session-note.command';
import { AmendSessionNoteHandler } from './usecases/amend-session-note/amend-session-note.handler';
import { findNoteTemplateQuerySchema } from './usecases/find-note-template/find-note-template.query';
import { ReadSessionNotesHandler } from './usecases/read-session-notes/read-session-notes.handler';
import {
  writeConfidentialNoteCommandSchema,
  writeSessionSummaryCommandSchema,
} from './usecases/write-session-note/write-session-note.command';
import { WriteSessionNoteHandler } from './usecases/write-session-note/write-session-note.handler';

/**
 * Session notes on the session: the coach's confidential notes (their author's alone, every read
 * audited) and the summaries the people read and acknowledge; templates to start from. A field here
 * is reached only through a session the caller already sees (`session`, `coachCalendar`,
 * `Candidate.sessions`), so another coach and sponsors never reach it.
 */
@Resolver('CoachingSession')
export class SessionNotesResolver {
  constructor(
    private readonly read: ReadSessionNotesHandler,
    private readonly write: WriteSessionNoteHandler,
    private readonly amend: AmendSessionNoteHandler,
    private readonly acknowledge: AcknowledgeSessionSummaryHandler,
  ) {}

  @ResolveField('confidentialNotes')
  @Roles('candidate', 'coach', 'ops')
  async confidentialNotes(
    @Parent() session: SessionObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<ConfidentialSessionNote[]> {
    return (await this.read.confidential(identity, session)).map(toConfidentialNoteObject);
  }

  @ResolveField('summaries')
  @Roles('candidate', 'coach', 'ops')
  async summaries(
    @Parent() session: SessionObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionSummary[]> {
    return (await this.read.summaries(identity, session)).map(toSummaryObject);
  }

  @Query('sessionNoteTemplate')
  @Roles('coach')
  sessionNoteTemplate(
    @Args('kind') kind: string,
    @Args('type') type: string,
    @Args('language') language: string,
  ): SessionNoteTemplate {
    const query = parseInput(findNoteTemplateQuerySchema, { kind, type, language }, invalidNoteInput);
    return toTemplateObject(query.kind, query.type, query.language);
  }

  @Mutation('writeConfidentialNote')
  @Roles('coach')
  async writeConfidentialNote(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ConfidentialSessionNote> {
    const command = parseInput(writeConfidentialNoteCommandSchema, input, invalidNoteInput);
    return toConfidentialNoteObject(
      await this.write.execute(identity, { ...command, type: 'confidential', nextSteps: null }),
    );
  }

  @Mutation('amendConfidentialNote')
  @Roles('coach')
  async amendConfidentialNote(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<ConfidentialSessionNote> {
    const command = parseInput(amendConfidentialNoteCommandSchema, input, invalidNoteInput);
    return toConfidentialNoteObject(
      await this.amend.execute(identity, { ...command, type: 'confidential', nextSteps: null }),
    );
  }

  @Mutation('writeSessionSummary')
  @Roles('coach')
  async writeSessionSummary(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionSummary> {
    const command = parseInput(writeSessionSummaryCommandSchema, input, invalidNoteInput);
    return toSummaryObject(await this.write.execute(identity, { ...command, type: 'summary' }));
  }

  @Mutation('amendSessionSummary')
  @Roles('coach')
  async amendSessionSummary(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionSummary> {
    const command = parseInput(amendSessionSummaryCommandSchema, input, invalidNoteInput);
    return toSummaryObject(await this.amend.execute(identity, { ...command, type: 'summary' }));
  }

  @Mutation('acknowledgeSessionSummary')
  @Roles('candidate')
  async acknowledgeSessionSummary(
    @Args('sessionId') sessionId: string,
    @Args('version') version: number,
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionSummary> {
    const command = parseInput(
      acknowledgeSessionSummaryCommandSchema,
      { sessionId, version },
      invalidNoteInput,
    );
    return toSummaryObject(await this.acknowledge.execute(identity, command));
  }
}
