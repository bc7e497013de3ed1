import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { canReadCandidate, CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { parseInput } from '@passerelle/shared/graphql';
import {
  assessmentViewOf,
  canSeeAnswers,
  canSeeCoachNotes,
  canSeeResults,
  languageOf,
  type AssessmentView,
} from '@passerelle/assessment/domain';
import { AssessmentRepository, InstrumentRepository } from '@passerelle/assessment/data-access';
import type {
  AssessmentDebrief,
  AssessmentItem,
  AssessmentProfile,
  AssessmentProgress,
  AssessmentResponseFormat,
  FreeTextSkill,
} from '@passerelle/assessment/graphql-types';
import { invalidAssessmentInput } from './assessment.error';
import {
  statusOf,
  toAssessmentObject,
  toProfileObject,
  type AssessmentObject,
  type GraphQLLanguage,
} from './assessment.object';
import { SessionItemsReader } from './session-items.reader';
import { assignAssessmentCommandSchema } from './usecases/assign-assessment/assign-assessment.command';
import { AssignAssessmentHandler } from './usecases/assign-assessment/assign-assessment.handler';
import { recordDebriefCommandSchema } from './usecases/record-debrief/record-debrief.command';
import { RecordDebriefHandler } from './usecases/record-debrief/record-debrief.handler';
import { saveAnswersCommandSchema } from './usecases/save-answers/save-answers.command';
import { SaveAnswersHandler } from './usecases/save-answers/save-answers.handler';
import { SubmitAssessmentHandler } from './usecases/submit-assessment/submit-assessment.handler';

@Resolver('Assessment')
export class AssessmentResolver {
  constructor(
    private readonly sessions: AssessmentRepository,
    private readonly instruments: InstrumentRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly items: SessionItemsReader,
    private readonly assign: AssignAssessmentHandler,
    private readonly saveAnswers: SaveAnswersHandler,
    private readonly submit: SubmitAssessmentHandler,
    private readonly recordDebriefHandler: RecordDebriefHandler,
    private readonly clock: Clock,
  ) {}

  /** Not found and not allowed look the same, so ids cannot be probed. */
  @Query('assessment')
  @Roles('candidate', 'coach', 'ops')
  async assessment(
    @Args('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentObject | null> {
    const row = await this.sessions.findById(id);
    if (!row) return null;
    return (await this.viewOf(identity, toAssessmentObject(row))) === 'none' ? null : toAssessmentObject(row);
  }

  @Mutation('assignAssessment')
  @Roles('coach')
  async assignAssessment(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentObject> {
    const command = parseInput(assignAssessmentCommandSchema, input, invalidAssessmentInput);
    return toAssessmentObject(await this.assign.byCoach(identity, command));
  }

  @Mutation('saveAssessmentAnswers')
  @Roles('candidate')
  async saveAssessmentAnswers(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentObject> {
    const command = parseInput(saveAnswersCommandSchema, input, invalidAssessmentInput);
    return toAssessmentObject(await this.saveAnswers.execute(identity, command));
  }

  @Mutation('submitAssessment')
  @Roles('candidate')
  async submitAssessment(
    @Args('assessmentId') assessmentId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentObject> {
    return toAssessmentObject(await this.submit.execute(identity, { assessmentId }));
  }

  @Mutation('recordDebrief')
  @Roles('coach')
  async recordDebrief(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentObject> {
    const command = parseInput(recordDebriefCommandSchema, input, invalidAssessmentInput);
    return toAssessmentObject(await this.recordDebriefHandler.execute(identity, command));
  }

  @ResolveField('progress')
  @Roles('candidate', 'coach', 'ops')
  async progress(@Parent() parent: AssessmentObject): Promise<AssessmentProgress> {
    const session = await this.sessions.findById(parent.id);
    if (!session) return { answered: 0, total: 0 };
    const [{ items }, answers, free] = await Promise.all([
      this.items.of(session),
      this.sessions.answers(session.id),
      this.sessions.freeSkills(session.id),
    ]);
    const answered = items.filter((item) => item.itemId in answers).length;
    return { answered: answered + free.length, total: items.length + free.length };
  }

  @ResolveField('items')
  @Roles('candidate', 'coach', 'ops')
  async itemsOf(
    @Parent() parent: AssessmentObject,
    @Args('language') language: GraphQLLanguage | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentItem[]> {
    const session = await this.sessions.findById(parent.id);
    if (!session || !canSeeAnswers(await this.viewOf(identity, parent))) return [];
    const [{ items }, answers] = await Promise.all([
      this.items.of(session),
      this.sessions.answers(session.id),
    ]);
    return items.map((item) => ({
      itemId: item.itemId,
      text: item.text[languageOf(language)],
      scale: item.scale,
      occupationCode: item.occupationCode,
      answer: answers[item.itemId] ?? null,
    }));
  }

  @ResolveField('responseFormat')
  @Roles('candidate', 'coach', 'ops')
  async responseFormat(
    @Parent() parent: AssessmentObject,
    @Args('language') language: GraphQLLanguage | undefined,
  ): Promise<AssessmentResponseFormat> {
    const instrument = await this.instruments.findVersion(
      parent.instrumentCode,
      parent.instrumentVersion ?? '',
    );
    const format = instrument?.responseFormat ?? { min: 1, max: 5, anchors: [] };
    return {
      min: format.min,
      max: format.max,
      anchors: format.anchors.map((anchor) => ({
        value: anchor.value,
        label: anchor.label[languageOf(language)],
      })),
    };
  }

  @ResolveField('freeTextSkills')
  @Roles('candidate', 'coach', 'ops')
  async freeTextSkills(
    @Parent() parent: AssessmentObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<FreeTextSkill[]> {
    if (!canSeeAnswers(await this.viewOf(identity, parent))) return [];
    return (await this.sessions.freeSkills(parent.id)).map(({ label, rating }) => ({ label, rating }));
  }

  @ResolveField('profile')
  @Roles('candidate', 'coach', 'ops')
  async profile(
    @Parent() parent: AssessmentObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentProfile | null> {
    const view = await this.viewOf(identity, parent);
    if (!canSeeResults(view)) return null;
    const profile = await this.sessions.findProfile(parent.id);
    if (!profile) return null;
    await this.audit(identity, parent, 'results');
    return toProfileObject(profile);
  }

  @ResolveField('debrief')
  @Roles('candidate', 'coach', 'ops')
  async debrief(
    @Parent() parent: AssessmentObject,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssessmentDebrief | null> {
    const view = await this.viewOf(identity, parent);
    if (!canSeeResults(view)) return null;
    const debrief = await this.sessions.findDebrief(parent.id);
    if (!debrief) return null;
    if (canSeeCoachNotes(view)) await this.audit(identity, parent, 'coach_notes');
    return {
      debriefedAt: debrief.debriefedAt,
      coachId: debrief.coachId,
      notes: canSeeCoachNotes(view) ? debrief.notes : null,
    };
  }

  private async viewOf(identity: Identity, parent: AssessmentObject): Promise<AssessmentView> {
    const scope = await this.scopes.find(parent.candidateId);
    const readsPerson = scope !== null && canReadCandidate(identity, scope);
    return assessmentViewOf({ role: identity.role, readsPerson }, statusOf(parent));
  }

  private audit(identity: Identity, parent: AssessmentObject, what: 'results' | 'coach_notes') {
    return this.sessions.recordRead({
      candidateId: parent.candidateId,
      aboutId: parent.id,
      what,
      readerRole: identity.role,
      readerSubject: identity.subject,
      readAt: this.clock.now(),
    });
  }
}
