import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PATHWAY_PHASES } from '@passerelle/shared/contracts';
import {
  isSettled,
  MILESTONE_KINDS,
  milestoneKindProblems,
  parseIsoDate,
  type MilestoneStatus,
  type TemplateMilestone,
} from '@passerelle/pathway/domain';
import {
  PathwayRepository,
  ProgrammeTermsRepository,
  type HistoryAction,
  type MilestoneEntity,
  type PathwayEntity,
} from '@passerelle/pathway/data-access';
import type { CustomisePlanCommand } from './customise-plan.command';
import { PlanReconciler } from './plan-reconciler';
import { PlanningError, PlanningErrorCode } from './planning.error';

const MAX_REASON = 1000;

@Injectable()
export class CustomisePlanHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pathways: PathwayRepository,
    private readonly terms: ProgrammeTermsRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  /**
   * Applies one change in one transaction, under the person's lock: the change, its history entry
   * (who, what, why) and the re-announced plan commit together, or nothing does.
   */
  async execute(command: CustomisePlanCommand): Promise<void> {
    const reason = command.reason.trim();
    if (!reason) throw invalid('reason', 'say why the plan changes (it is kept in the plan history)');
    if (reason.length > MAX_REASON) throw invalid('reason', `at most ${MAX_REASON} characters`);
    await this.dataSource.transaction(async (manager) => {
      await this.pathways.lockCandidate(manager, command.candidateId);
      const pathway = await this.pathways.findByCandidate(command.candidateId, manager);
      if (!pathway) {
        throw new PlanningError(
          PlanningErrorCode.PathwayNotFound,
          `candidate ${command.candidateId} has no pathway`,
        );
      }
      if (pathway.plannedAt === null) {
        throw new PlanningError(
          PlanningErrorCode.PathwayNotPlanned,
          'the pathway is still a draft: it is planned once the diagnostic and the programme terms are known',
        );
      }
      const milestones = await this.pathways.milestones(manager, pathway.id);
      const { action, milestoneId, details } = await this.apply(manager, command, pathway, milestones);
      pathway.revision += 1;
      await this.pathways.save(manager, pathway);
      await this.pathways.appendHistory(manager, {
        pathwayId: pathway.id,
        at: command.now,
        actor: command.actor.subject,
        action,
        milestoneId,
        reason,
        details,
      });
      await this.reconciler.reconcile(manager, command.candidateId, command.now, {
        planChanged: command.type !== 'complete',
        locked: true,
      });
    });
  }

  private async apply(
    manager: EntityManager,
    command: CustomisePlanCommand,
    pathway: PathwayEntity,
    milestones: MilestoneEntity[],
  ): Promise<{ action: HistoryAction; milestoneId: string | null; details: Record<string, unknown> }> {
    switch (command.type) {
      case 'add': {
        const milestone = await this.newMilestone(manager, command, pathway, milestones);
        const after =
          command.afterMilestoneId === null
            ? milestones.length
            : milestones.findIndex((m) => m.id === command.afterMilestoneId) + 1;
        if (after === 0)
          throw invalid('afterMilestoneId', `${command.afterMilestoneId} is not a milestone of this plan`);
        const ordered = [...milestones.slice(0, after), milestone, ...milestones.slice(after)];
        ordered.forEach((m, index) => (m.position = index + 1));
        await this.pathways.saveMilestones(manager, ordered);
        return {
          action: 'milestone_added',
          milestoneId: milestone.id,
          details: { title: milestone.title, kind: milestone.kind, dueOn: milestone.dueOn },
        };
      }
      case 'remove': {
        const milestone = this.open(milestones, command.milestoneId, 'removed');
        milestone.removedAt = command.now;
        const rest = milestones.filter((m) => m.id !== milestone.id);
        for (const m of rest) m.dependsOn = m.dependsOn.filter((id) => id !== milestone.id);
        rest.forEach((m, index) => (m.position = index + 1));
        await this.pathways.saveMilestones(manager, [milestone, ...rest]);
        return {
          action: 'milestone_removed',
          milestoneId: milestone.id,
          details: { title: milestone.title },
        };
      }
      case 'reorder': {
        const live = new Set(milestones.map((m) => m.id));
        const given = new Set(command.milestoneIds);
        if (given.size !== command.milestoneIds.length)
          throw invalid('milestoneIds', 'a milestone is listed twice');
        const missing = [...live].filter((id) => !given.has(id));
        const unknown = command.milestoneIds.filter((id) => !live.has(id));
        if (missing.length || unknown.length) {
          throw invalid(
            'milestoneIds',
            [
              missing.length ? `missing ${missing.join(', ')}` : '',
              unknown.length ? `not in this plan: ${unknown.join(', ')}` : '',
            ]
              .filter(Boolean)
              .join('; '),
          );
        }
        const byId = new Map(milestones.map((m) => [m.id, m]));
        const ordered = command.milestoneIds.flatMap((id, index) => {
          const milestone = byId.get(id);
          return milestone ? [Object.assign(milestone, { position: index + 1 })] : [];
        });
        await this.pathways.saveMilestones(manager, ordered);
        return {
          action: 'milestones_reordered',
          milestoneId: null,
          details: { order: ordered.map((m) => m.title) },
        };
      }
      case 'redate': {
        const milestone = this.open(milestones, command.milestoneId, 're-dated');
        this.checkDate(command.dueOn, pathway);
        const from = milestone.dueOn;
        milestone.dueOn = command.dueOn;
        await this.pathways.saveMilestones(manager, [milestone]);
        return {
          action: 'milestone_redated',
          milestoneId: milestone.id,
          details: { title: milestone.title, from, to: command.dueOn },
        };
      }
      case 'complete': {
        const milestone = this.open(milestones, command.milestoneId, 'completed');
        if (milestone.kind !== 'task') {
          throw invalid(
            'milestoneId',
            `"${milestone.title}" is a ${milestone.kind}: it is reached when the ${milestone.kind} takes place, not by hand`,
          );
        }
        const factId = randomUUID();
        await this.pathways.recordFact(manager, {
          eventId: factId,
          candidateId: command.candidateId,
          type: 'milestone_completed',
          occurredAt: command.now,
          fact: {
            type: 'milestone_completed',
            eventId: factId,
            at: command.now.toISOString(),
            milestoneId: milestone.id,
          },
          receivedAt: command.now,
        });
        return {
          action: 'milestone_completed',
          milestoneId: milestone.id,
          details: { title: milestone.title },
        };
      }
    }
  }

  private async newMilestone(
    manager: EntityManager,
    command: Extract<CustomisePlanCommand, { type: 'add' }>,
    pathway: PathwayEntity,
    milestones: MilestoneEntity[],
  ): Promise<MilestoneEntity> {
    if (!(PATHWAY_PHASES as readonly string[]).includes(command.phase))
      throw invalid('phase', `unknown phase "${command.phase}"`);
    if (!(MILESTONE_KINDS as readonly string[]).includes(command.kind))
      throw invalid('kind', `unknown kind "${command.kind}"`);
    if (!command.title.trim()) throw invalid('title', 'a milestone needs a title');
    const shape = milestoneKindProblems(
      {
        kind: command.kind,
        sessionKind: command.sessionKind,
        instrumentCode: command.instrumentCode,
      } as Pick<TemplateMilestone, 'kind' | 'sessionKind' | 'instrumentCode'>,
      'input',
    );
    if (shape.length > 0)
      throw invalid(
        (shape[0]?.path ?? '').replace(/^input\.?/, '') || 'kind',
        shape.map((p) => p.message).join('; '),
      );
    this.checkDate(command.dueOn, pathway);
    const live = new Set(milestones.map((m) => m.id));
    const unknown = command.dependsOn.filter((id) => !live.has(id));
    if (unknown.length) throw invalid('dependsOn', `not in this plan: ${unknown.join(', ')}`);
    if (command.kind === 'session') {
      const terms = await this.terms.find(pathway.programmeId, manager);
      const budget = terms?.sessionBudgetPerPerson ?? 0;
      const planned = milestones.filter((m) => m.kind === 'session').length;
      if (planned + 1 > budget) {
        throw new PlanningError(
          PlanningErrorCode.BudgetExceeded,
          `the plan already has ${planned} session(s) for a budget of ${budget}: remove or replace a session instead`,
          { budget, planned },
        );
      }
    }
    return {
      id: randomUUID(),
      pathwayId: pathway.id,
      templateKey: null,
      origin: 'coach',
      position: 0,
      phase: command.phase,
      kind: command.kind,
      title: command.title.trim(),
      dueOn: command.dueOn,
      sessionKind: command.sessionKind,
      instrumentCode: command.instrumentCode,
      dependsOn: command.dependsOn,
      removedAt: null,
      status: 'open',
      reachedAt: null,
      causeEventId: null,
      bookedSessionId: null,
      noShows: 0,
      announcedAt: null,
    };
  }

  private open(milestones: MilestoneEntity[], id: string, verb: string): MilestoneEntity {
    const milestone = milestones.find((m) => m.id === id);
    if (!milestone)
      throw new PlanningError(PlanningErrorCode.MilestoneNotFound, `milestone ${id} is not in this plan`);
    if (isSettled(milestone.status as MilestoneStatus)) {
      throw new PlanningError(
        PlanningErrorCode.MilestoneSettled,
        `"${milestone.title}" is already ${milestone.status}: it cannot be ${verb}`,
      );
    }
    return milestone;
  }

  private checkDate(dueOn: string, pathway: PathwayEntity): void {
    try {
      parseIsoDate(dueOn);
    } catch (error) {
      throw invalid('dueOn', (error as Error).message);
    }
    if (pathway.planEndOn !== null && dueOn > pathway.planEndOn) {
      throw new PlanningError(
        PlanningErrorCode.BeyondProgrammeEnd,
        `dueOn ${dueOn} is after the programme ends on ${pathway.planEndOn}`,
      );
    }
    if (pathway.planStartOn !== null && dueOn < pathway.planStartOn) {
      throw invalid('dueOn', `${dueOn} is before the plan starts on ${pathway.planStartOn}`);
    }
  }
}

function invalid(field: string, message: string): PlanningError {
  return new PlanningError(PlanningErrorCode.InvalidInput, `${field}: ${message}`, {
    fields: [{ field, message }],
  });
}
