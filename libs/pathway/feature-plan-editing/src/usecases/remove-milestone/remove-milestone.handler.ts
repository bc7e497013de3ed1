import { Injectable } from '@nestjs/common';
import { changeableMilestone, withoutMilestone } from '@passerelle/pathway/domain';
import { PlanEditor } from '../plan-editor';
import type { RemoveMilestoneCommand } from './remove-milestone.command';

@Injectable()
export class RemoveMilestoneHandler {
  constructor(private readonly editor: PlanEditor) {}

  execute(command: RemoveMilestoneCommand): Promise<void> {
    return this.editor.edit(command, { planChanged: true }, ({ milestones }) => {
      const removed = changeableMilestone(milestones, command.milestoneId, 'removed');
      if (!removed.ok) return removed;
      const milestone = { ...removed.value, removedAt: command.now };
      return {
        ok: true,
        value: {
          action: 'milestone_removed',
          milestoneId: milestone.id,
          details: { title: milestone.title },
          milestones: [milestone, ...withoutMilestone(milestones, milestone.id)],
        },
      };
    });
  }
}
