import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { addedMilestone, insertMilestone } from '@passerelle/pathway/domain';
import { NEW_MILESTONE_STATE, type MilestoneEntity } from '@passerelle/pathway/data-access';
import { PlanEditor } from '../plan-editor';
import type { AddMilestoneCommand } from './add-milestone.command';

@Injectable()
export class AddMilestoneHandler {
  constructor(private readonly editor: PlanEditor) {}

  execute(command: AddMilestoneCommand): Promise<void> {
    return this.editor.edit(
      command,
      { planChanged: true },
      ({ pathway, milestones, window, sessionBudget }) => {
        const added = addedMilestone(command, { milestones, window, sessionBudget });
        if (!added.ok) return added;
        const milestone: MilestoneEntity = {
          ...added.value,
          id: randomUUID(),
          pathwayId: pathway.id,
          templateKey: null,
          origin: 'coach',
          position: 0,
          ...NEW_MILESTONE_STATE,
        };
        const ordered = insertMilestone(milestones, milestone, command.afterMilestoneId);
        if (!ordered.ok) return ordered;
        return {
          ok: true,
          value: {
            action: 'milestone_added',
            milestoneId: milestone.id,
            details: { title: milestone.title, kind: milestone.kind, dueOn: milestone.dueOn },
            milestones: ordered.value,
          },
        };
      },
    );
  }
}
