import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { changeableMilestone, handCompletionRefusal } from '@passerelle/pathway/domain';
import { PlanEditor } from '../plan-editor';
import type { CompleteMilestoneCommand } from './complete-milestone.command';

@Injectable()
export class CompleteMilestoneHandler {
  constructor(private readonly editor: PlanEditor) {}

  /** The plan itself does not change (no re-announcement): progress is derived from the new fact. */
  execute(command: CompleteMilestoneCommand): Promise<void> {
    return this.editor.edit(command, { planChanged: false }, ({ milestones }) => {
      const completed = changeableMilestone(milestones, command.milestoneId, 'completed');
      if (!completed.ok) return completed;
      const milestone = completed.value;
      const refusal = handCompletionRefusal(milestone);
      if (refusal) return { ok: false, refusal };
      const factId = randomUUID();
      return {
        ok: true,
        value: {
          action: 'milestone_completed',
          milestoneId: milestone.id,
          details: { title: milestone.title },
          fact: {
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
          },
        },
      };
    });
  }
}
