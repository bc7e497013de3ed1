import { Injectable } from '@nestjs/common';
import { reorderedMilestones } from '@passerelle/pathway/domain';
import { PlanEditor } from '../plan-editor';
import type { ReorderMilestonesCommand } from './reorder-milestones.command';

@Injectable()
export class ReorderMilestonesHandler {
  constructor(private readonly editor: PlanEditor) {}

  execute(command: ReorderMilestonesCommand): Promise<void> {
    return this.editor.edit(command, { planChanged: true }, ({ milestones }) => {
      const ordered = reorderedMilestones(milestones, command.milestoneIds);
      if (!ordered.ok) return ordered;
      return {
        ok: true,
        value: {
          action: 'milestones_reordered',
          milestoneId: null,
          details: { order: ordered.value.map((m) => m.title) },
          milestones: ordered.value,
        },
      };
    });
  }
}
