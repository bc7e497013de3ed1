import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isSettled, planningHeld, resumeShift } from '@passerelle/pathway/domain';
import { PathwayRepository, PlanReconciler, type PathwayEntity } from '@passerelle/pathway/data-access';
import type { RecordCandidateStatusCommand } from './record-candidate-status.command';

/**
 * A paused, placed or exited person is held: no planning, no at-risk flag (the reconciler reads
 * the status). Back from a pause, the plan's open milestones move by the pause's length and the
 * plan is announced again; inactivity counts from the return. The latest change wins.
 */
@Injectable()
export class RecordCandidateStatusHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  async execute(manager: EntityManager, command: RecordCandidateStatusCommand): Promise<void> {
    await this.pathways.lockCandidate(manager, command.candidateId);
    const pathway = await this.pathways.findByCandidate(command.candidateId, manager);
    if (!pathway) return;
    if (pathway.candidateStatusAt !== null && pathway.candidateStatusAt >= command.changedAt) return;
    const from = pathway.candidateStatus;
    pathway.candidateStatus = command.to;
    pathway.candidateStatusAt = command.changedAt;
    let planChanged = false;
    if (command.to === 'paused') {
      pathway.pausedAt = command.changedAt;
      await this.history(manager, pathway, command, 'paused', {});
    } else if (from === 'paused' && !planningHeld(command.to)) {
      planChanged = await this.resume(manager, pathway, command);
    } else if (planningHeld(command.to) !== planningHeld(from)) {
      await this.history(manager, pathway, command, planningHeld(command.to) ? 'held' : 'resumed', {
        status: command.to,
      });
    }
    await this.pathways.save(manager, pathway);
    await this.reconciler.reconcile(manager, command.candidateId, command.now, { locked: true, planChanged });
  }

  /** Moves the open milestones by the pause's length; true when the plan's dates changed. */
  private async resume(
    manager: EntityManager,
    pathway: PathwayEntity,
    command: RecordCandidateStatusCommand,
  ): Promise<boolean> {
    const pausedAt = pathway.pausedAt ?? command.changedAt;
    pathway.pausedAt = null;
    pathway.resumedAt = command.changedAt;
    const milestones = pathway.plannedAt === null ? [] : await this.pathways.milestones(manager, pathway.id);
    const shift = resumeShift(
      milestones.map((m) => ({ id: m.id, dueOn: m.dueOn, settled: isSettled(m.status) })),
      pausedAt,
      command.changedAt,
      pathway.planEndOn,
    );
    const dueOn = new Map(shift.moved.map((m) => [m.id, m.dueOn]));
    const moved = milestones.flatMap((m) => {
      const next = dueOn.get(m.id);
      return next === undefined ? [] : [Object.assign(m, { dueOn: next })];
    });
    await this.pathways.saveMilestones(manager, moved);
    if (moved.length) pathway.revision += 1;
    await this.history(manager, pathway, command, 'resumed', {
      pausedDays: shift.days,
      movedMilestones: moved.length,
      notMoved: milestones.filter((m) => shift.notMoved.includes(m.id)).map((m) => m.title),
    });
    return moved.length > 0;
  }

  private history(
    manager: EntityManager,
    pathway: PathwayEntity,
    command: RecordCandidateStatusCommand,
    action: 'paused' | 'resumed' | 'held',
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.pathways.appendHistory(manager, {
      pathwayId: pathway.id,
      at: command.now,
      actor: 'system',
      action,
      details,
    });
  }
}
