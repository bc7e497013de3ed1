import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { editReason, type PlanEdit, type PlanWindow } from '@passerelle/pathway/domain';
import {
  PathwayRepository,
  PlanReconciler,
  ProgrammeTermsRepository,
  type HistoryAction,
  type MilestoneEntity,
  type PathwayEntity,
  type PathwayFactEntity,
} from '@passerelle/pathway/data-access';
import { PlanEditingError, PlanEditingErrorCode, planEditRefused } from '../plan-editing.error';

/** What every coach's (or ops') change to a plan carries: the reason is kept in the history. */
export interface PlanEditCommand {
  candidateId: string;
  reason: string;
  actor: Identity;
  now: Date;
}

/** The plan as an edit sees it, loaded under the person's lock. */
export interface EditedPlan {
  pathway: PathwayEntity;
  milestones: MilestoneEntity[];
  window: PlanWindow;
  sessionBudget: number;
}

/** What the edit decided: the rows to write, the fact to record, and the history entry. */
export interface EditDecision {
  action: HistoryAction;
  milestoneId: string | null;
  details: Record<string, unknown>;
  milestones?: MilestoneEntity[];
  fact?: PathwayFactEntity;
}

/**
 * The unit of work the five edits share: one transaction under the person's lock, in which the
 * change, its history entry (who, what, why) and the re-announced plan commit together, or
 * nothing does. Each use case only decides, through the domain's plan-editing rules.
 */
@Injectable()
export class PlanEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pathways: PathwayRepository,
    private readonly terms: ProgrammeTermsRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  async edit(
    command: PlanEditCommand,
    options: { planChanged: boolean },
    decide: (plan: EditedPlan) => PlanEdit<EditDecision>,
  ): Promise<void> {
    const reason = orThrow(editReason(command.reason));
    await this.dataSource.transaction(async (manager) => {
      await this.pathways.lockCandidate(manager, command.candidateId);
      const pathway = await this.pathways.findByCandidate(command.candidateId, manager);
      if (!pathway) {
        throw new PlanEditingError(
          PlanEditingErrorCode.PathwayNotFound,
          `candidate ${command.candidateId} has no pathway`,
        );
      }
      if (pathway.plannedAt === null) {
        throw new PlanEditingError(
          PlanEditingErrorCode.PathwayNotPlanned,
          'the pathway is still a draft: it is planned once the diagnostic and the programme terms are known',
        );
      }
      const milestones = await this.pathways.milestones(manager, pathway.id);
      const terms = await this.terms.find(pathway.programmeId, manager);
      const decision = orThrow(
        decide({
          pathway,
          milestones,
          window: { startOn: pathway.planStartOn, endOn: pathway.planEndOn },
          sessionBudget: terms?.sessionBudgetPerPerson ?? 0,
        }),
      );
      await this.pathways.saveMilestones(manager, decision.milestones ?? []);
      if (decision.fact) await this.pathways.recordFact(manager, decision.fact);
      pathway.revision += 1;
      await this.pathways.save(manager, pathway);
      await this.pathways.appendHistory(manager, {
        pathwayId: pathway.id,
        at: command.now,
        actor: command.actor.subject,
        action: decision.action,
        milestoneId: decision.milestoneId,
        reason,
        details: decision.details,
      });
      await this.reconciler.reconcile(manager, command.candidateId, command.now, {
        planChanged: options.planChanged,
        locked: true,
      });
    });
  }
}

function orThrow<T>(edit: PlanEdit<T>): T {
  if (!edit.ok) throw planEditRefused(edit.refusal);
  return edit.value;
}
