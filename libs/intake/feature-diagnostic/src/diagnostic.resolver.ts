import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput, toGraphQLEnum } from '@passerelle/shared/graphql';
import { CandidateAccessRepository, DiagnosticRepository } from '@passerelle/intake/data-access';
import { CURRENT_QUESTIONNAIRE, questionnaireOf } from '@passerelle/intake/domain';
import type { DiagnosticQuestionnaire } from '@passerelle/intake/graphql-types';
import { answersToObjects, type AnswerObject } from './diagnostic-answers.mapper';
import {
  DiagnosticError,
  DiagnosticErrorCode,
  candidateNotFound,
  invalidDiagnosticInput,
} from './diagnostic.error';
import {
  toDiagnosticObject,
  toDistressAlertObject,
  toTrackOverrideObject,
  type DiagnosticObject,
  type DistressAlertObject,
  type TrackOverrideObject,
} from './diagnostic.object';
import { overrideTrackCommandSchema } from './usecases/override-track/override-track.command';
import { OverrideTrackHandler } from './usecases/override-track/override-track.handler';
import { saveDiagnosticAnswersCommandSchema } from './usecases/save-diagnostic-answers/save-diagnostic-answers.command';
import { SaveDiagnosticAnswersHandler } from './usecases/save-diagnostic-answers/save-diagnostic-answers.handler';
import { submitDiagnosticCommandSchema } from './usecases/submit-diagnostic/submit-diagnostic.command';
import { SubmitDiagnosticHandler } from './usecases/submit-diagnostic/submit-diagnostic.handler';

/**
 * Sponsors reach none of this: no resolver here is open to their role. The answers are narrower
 * still: the person and their coach; a coach's read is audited before the answers are returned.
 */
@Resolver('Diagnostic')
export class DiagnosticResolver {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly diagnostics: DiagnosticRepository,
    private readonly saveAnswers: SaveDiagnosticAnswersHandler,
    private readonly submit: SubmitDiagnosticHandler,
    private readonly override: OverrideTrackHandler,
    private readonly clock: Clock,
  ) {}

  @Query('diagnosticQuestionnaire')
  @Roles('candidate', 'coach', 'ops')
  questionnaire(@Args('version') version: string | null): DiagnosticQuestionnaire {
    const questionnaire = version ? questionnaireOf(version) : CURRENT_QUESTIONNAIRE;
    if (!questionnaire) {
      throw new DiagnosticError(
        DiagnosticErrorCode.QuestionnaireNotFound,
        `no questionnaire version ${version}; the current one is ${CURRENT_QUESTIONNAIRE.version}`,
      );
    }
    return {
      ...questionnaire,
      questions: questionnaire.questions.map((question) => ({
        ...question,
        kind: toGraphQLEnum(question.kind),
      })),
    };
  }

  @Query('distressAlerts')
  @Roles('coach', 'ops')
  async distressAlerts(
    @Args('first') first: number | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<DistressAlertObject[]> {
    const { first: limit } = pageRequest(first, null);
    if (identity.role === 'coach') {
      return (await this.diagnostics.distressFlagged({ coachId: identity.coachId }, limit)).map(
        toDistressAlertObject,
      );
    }
    if (identity.role !== 'ops') return [];
    const officeIds = identity.allOffices ? 'all' : identity.officeIds;
    return (await this.diagnostics.distressFlagged({ officeIds }, limit)).map(toDistressAlertObject);
  }

  @ResolveField('answers')
  @Roles('candidate', 'coach')
  async answers(
    @Parent() diagnostic: DiagnosticObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<AnswerObject[]> {
    const own = identity.role === 'candidate' && identity.candidateId === diagnostic.candidateId;
    if (!own) {
      const theirCoach = await this.access.findFor(identity, diagnostic.candidateId, ['coach']);
      if (!theirCoach) throw candidateNotFound(diagnostic.candidateId);
      await this.diagnostics.recordRead({
        candidateId: diagnostic.candidateId,
        readerSubject: identity.subject,
        readerRole: identity.role,
        what: 'diagnostic_answers',
        aboutId: null,
        readAt: this.clock.now(),
      });
    }
    const row = await this.diagnostics.findByCandidate(diagnostic.candidateId);
    if (!row) return [];
    return answersToObjects(questionnaireOf(row.questionnaireVersion), row.answers);
  }

  @ResolveField('trackOverrides')
  @Roles('candidate', 'coach', 'ops')
  async trackOverrides(@Parent() diagnostic: DiagnosticObject): Promise<TrackOverrideObject[]> {
    return (await this.diagnostics.overridesOf(diagnostic.candidateId)).map(toTrackOverrideObject);
  }

  @Mutation('saveDiagnosticAnswers')
  @Roles('candidate')
  async save(
    @Args('candidateId') candidateId: string,
    @Args('answers') answers: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<DiagnosticObject> {
    const command = parseInput(
      saveDiagnosticAnswersCommandSchema,
      { candidateId, answers },
      invalidDiagnosticInput,
    );
    return toDiagnosticObject(await this.saveAnswers.execute(identity, command));
  }

  @Mutation('submitDiagnostic')
  @Roles('candidate')
  async submitDiagnostic(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<DiagnosticObject> {
    const command = parseInput(submitDiagnosticCommandSchema, { candidateId }, invalidDiagnosticInput);
    return toDiagnosticObject(await this.submit.execute(identity, command));
  }

  @Mutation('overrideTrack')
  @Roles('coach')
  async overrideTrack(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<DiagnosticObject> {
    const command = parseInput(overrideTrackCommandSchema, input, invalidDiagnosticInput);
    return toDiagnosticObject(await this.override.execute(identity, command));
  }
}

@Resolver('Candidate')
export class CandidateDiagnosticResolver {
  constructor(
    private readonly access: CandidateAccessRepository,
    private readonly diagnostics: DiagnosticRepository,
  ) {}

  @ResolveField('diagnostic')
  @Roles('candidate', 'coach', 'ops')
  async diagnostic(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<DiagnosticObject | null> {
    if (!(await this.access.findFor(identity, candidate.id))) return null;
    const row = await this.diagnostics.findByCandidate(candidate.id);
    return row ? toDiagnosticObject(row) : null;
  }
}
