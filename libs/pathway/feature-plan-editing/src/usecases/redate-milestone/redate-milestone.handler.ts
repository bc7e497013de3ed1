import { Injectable } from '@nestjs/common';
import { changeableMilestone, dueDateRefusal } from '@passerelle/pathway/domain';
import { PlanEditor } from '../plan-editor';
import type { RedateMilestoneCommand } from './redate-milestone.command';

@Injectable()
export class RedateMilestoneHandler {
  constructor(private readonly editor: PlanEditor) {}

  execute(command: RedateMilestoneCommand): Promise<void> {
    return this.editor.edit(command, { planChanged: true }, ({ milestones, window }) => {
      const redated = changeableMilestone(milestones, command.milestoneId, 're-dated');
      if (!redated.ok) return redated;
      const refusal = dueDateRefusal(command.dueOn, window);
      if (refusal) return { ok: false, refusal };
      const milestone = redated.value;
      return {
        ok: true,
        value: {
          action: 'milestone_redated',
          milestoneId: milestone.id,
          details: { title: milestone.title, from: milestone.dueOn, to: command.dueOn },
          milestones: [{ ...milestone, dueOn: command.dueOn }],
        },
      };
    });
  }
}
