import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import {
  isTheirCoach,
  occupationsToRate,
  skillItemsToRechoose,
  SKILLS_PER_OCCUPATION,
} from '@passerelle/assessment/domain';
import {
  AssessmentRepository,
  InstrumentRepository,
  RomeReferenceRepository,
  type AssessmentEntity,
} from '@passerelle/assessment/data-access';
import { AssessmentError, AssessmentErrorCode } from '../../assessment.error';
import type { AssignAssessmentCommand, AssignFromMilestoneCommand } from './assign-assessment.command';

interface NewSession {
  candidateId: string;
  instrumentCode: string;
  assignedBy: 'coach' | 'pathway';
  coachId: string | null;
  milestoneId: string | null;
  targetOccupationCodes: string[];
}

@Injectable()
export class AssignAssessmentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: AssessmentRepository,
    private readonly instruments: InstrumentRepository,
    private readonly rome: RomeReferenceRepository,
    private readonly scopes: CandidateScopeRepository,
    private readonly clock: Clock,
  ) {}

  /** A coach assigns an instrument to a person they coach. */
  async byCoach(identity: Identity, command: AssignAssessmentCommand): Promise<AssessmentEntity> {
    const scope = await this.scopes.find(command.candidateId);
    const readsPerson = scope !== null && canReadCandidate(identity, scope);
    if (identity.role !== 'coach' || !isTheirCoach({ role: identity.role, readsPerson })) {
      throw new AssessmentError(
        AssessmentErrorCode.OutOfScope,
        'you can assign assessments only to the people you coach',
      );
    }
    const titles = await this.rome.occupationTitles(command.targetOccupationCodes);
    const unknown = command.targetOccupationCodes.filter((code) => !titles.has(code));
    if (unknown.length) {
      throw new AssessmentError(
        AssessmentErrorCode.UnknownOccupation,
        `targetOccupationCodes: ${unknown.join(', ')} not in the occupation reference (import ROME first)`,
        { field: 'targetOccupationCodes', codes: unknown },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const session = await this.create(manager, {
        ...command,
        assignedBy: 'coach',
        coachId: identity.coachId,
        milestoneId: null,
      });
      if (!session) throw new Error('a coach assignment always creates a session');
      return session;
    });
  }

  /** Idempotent: a milestone gets one session, however often its plan is delivered. */
  async fromMilestone(manager: EntityManager, command: AssignFromMilestoneCommand): Promise<boolean> {
    const session = await this.create(manager, {
      ...command,
      assignedBy: 'pathway',
      coachId: null,
      targetOccupationCodes: [],
    });
    return session !== null;
  }

  private async create(manager: EntityManager, spec: NewSession): Promise<AssessmentEntity | null> {
    const instrument = await this.instruments.findLatest(spec.instrumentCode, manager);
    if (!instrument) {
      throw new AssessmentError(
        AssessmentErrorCode.InstrumentNotImported,
        `instrument ${spec.instrumentCode} is not imported (npm run import:riasec / import:instruments)`,
        { field: 'instrumentCode' },
      );
    }
    await this.sessions.lockPersonsSessions(manager, spec.candidateId);
    const now = this.clock.now();
    const session: AssessmentEntity = {
      id: randomUUID(),
      candidateId: spec.candidateId,
      instrumentCode: instrument.code,
      instrumentVersion: instrument.version,
      status: 'assigned',
      assignedAt: now,
      assignedBy: spec.assignedBy,
      assignedByCoachId: spec.coachId,
      milestoneId: spec.milestoneId,
      targetOccupationCodes: spec.targetOccupationCodes,
      submittedAt: null,
      releasedAt: null,
      updatedAt: now,
    };
    if (spec.milestoneId) {
      if (!(await this.sessions.insertIfNewMilestone(manager, session))) return null;
    } else {
      await this.sessions.insert(manager, session);
    }
    if (instrument.kind === 'skills_inventory') await this.chooseSkills(manager, session);
    return session;
  }

  /**
   * A plan or a coach can assign a skills inventory before the enrolment that names the former
   * occupation arrives (different topics): once it is known, inventories not yet started that lack
   * its skills are chosen again (skillItemsToRechoose).
   */
  async completeSkillInventories(manager: EntityManager, candidateId: string): Promise<void> {
    await this.sessions.lockPersonsSessions(manager, candidateId);
    const background = await this.sessions.findCandidate(candidateId, manager);
    for (const session of await this.sessions.listForCandidate(candidateId, manager)) {
      if (session.status !== 'assigned') continue;
      const instrument = await this.instruments.findVersion(
        session.instrumentCode,
        session.instrumentVersion ?? '',
        manager,
      );
      if (instrument?.kind !== 'skills_inventory') continue;
      const items = await this.sessions.skillItems(session.id, manager);
      const toRate = occupationsToRate(background?.formerOccupationCode, session.targetOccupationCodes);
      if (
        items.length > 0 &&
        !skillItemsToRechoose(
          items.map((item) => item.occupationCode),
          toRate,
        )
      )
        continue;
      await this.sessions.deleteSkillItems(manager, session.id);
      await this.chooseSkills(manager, session);
    }
  }

  /** The ROME skills of the former occupation, then of the targets, for this person to rate. */
  private async chooseSkills(manager: EntityManager, session: AssessmentEntity): Promise<void> {
    const background = await this.sessions.findCandidate(session.candidateId, manager);
    const occupations = occupationsToRate(background?.formerOccupationCode, session.targetOccupationCodes);
    const skills = await this.rome.skillsToRate(manager, occupations, SKILLS_PER_OCCUPATION);
    await this.sessions.insertSkillItems(
      manager,
      skills.map((skill, index) => ({
        assessmentId: session.id,
        candidateId: session.candidateId,
        skillCode: skill.skillCode,
        label: skill.label,
        occupationCode: skill.occupationCode,
        position: index + 1,
      })),
    );
  }
}
