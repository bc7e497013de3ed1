import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  TERMS_REDATING_CODES,
  addMonths,
  isSettled,
  redateForTerms,
  toIsoDate,
} from '@passerelle/pathway/domain';
import {
  PathwayRepository,
  PlanReconciler,
  type PathwayEntity,
  type StoredFitIssue,
} from '@passerelle/pathway/data-access';
import type { RedatePlansCommand } from './redate-plans.command';

/**
 * Amended terms that move the programme's end re-date the plans already made: each plan's end
 * follows the programme's; open milestones due after an earlier end are brought back to it, or,
 * when that end is already past, flagged on the plan (`fitIssues`) for the coach. Each plan is
 * re-announced (PathwayPlanned) and its history says what moved. One person at a time, under
 * their lock, in the amendment's transaction.
 */
@Injectable()
export class RedatePlansHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  async execute(manager: EntityManager, command: RedatePlansCommand): Promise<number> {
    const endOn = addMonths(command.startDate, command.durationMonths);
    const candidateIds = await this.pathways.plannedWithOtherEnd(manager, command.programmeId, endOn);
    for (const candidateId of candidateIds) {
      await this.pathways.lockCandidate(manager, candidateId);
      const pathway = await this.pathways.findByCandidate(candidateId, manager);
      if (!pathway || pathway.planEndOn === endOn) continue;
      await this.redate(manager, pathway, endOn, command.now);
      await this.pathways.save(manager, pathway);
      await this.reconciler.reconcile(manager, candidateId, command.now, { locked: true, planChanged: true });
    }
    return candidateIds.length;
  }

  private async redate(
    manager: EntityManager,
    pathway: PathwayEntity,
    endOn: string,
    now: Date,
  ): Promise<void> {
    const milestones = await this.pathways.milestones(manager, pathway.id);
    const { moved, notRedated } = redateForTerms(
      milestones.map((m) => ({ id: m.id, dueOn: m.dueOn, settled: isSettled(m.status) })),
      endOn,
      toIsoDate(now),
    );
    const dueOn = new Map(moved.map((m) => [m.id, m.dueOn]));
    const changed = milestones.flatMap((m) => {
      const next = dueOn.get(m.id);
      return next === undefined ? [] : [Object.assign(m, { dueOn: next })];
    });
    await this.pathways.saveMilestones(manager, changed);
    const titleOf = new Map(milestones.map((m) => [m.id, m]));
    const issues: StoredFitIssue[] = [
      ...(changed.length
        ? [
            {
              code: 'redated_to_programme_end' as const,
              milestoneKey: null,
              message: `the programme now ends on ${endOn}: ${changed.length} step(s) due later were brought back to that day`,
            },
          ]
        : []),
      ...notRedated.map((id) => ({
        code: 'not_redated_programme_ended' as const,
        milestoneKey: titleOf.get(id)?.templateKey ?? null,
        message: `the programme ended on ${endOn}: "${titleOf.get(id)?.title ?? id}" could not be re-dated`,
      })),
    ];
    const previousEnd = pathway.planEndOn;
    Object.assign(pathway, {
      planEndOn: endOn,
      fitIssues: [
        ...pathway.fitIssues.filter(
          (issue) => !(TERMS_REDATING_CODES as readonly string[]).includes(issue.code),
        ),
        ...issues,
      ],
      revision: pathway.revision + (changed.length ? 1 : 0),
    });
    await this.pathways.appendHistory(manager, {
      pathwayId: pathway.id,
      at: now,
      actor: 'system',
      action: 'redated_for_terms',
      details: {
        previousEnd,
        endOn,
        moved: changed.map((m) => m.title),
        notRedated: notRedated.map((id) => titleOf.get(id)?.title ?? id),
      },
    });
  }
}
