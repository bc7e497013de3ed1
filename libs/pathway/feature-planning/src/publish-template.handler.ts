import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { TRACKS } from '@passerelle/shared/contracts';
import { DEFAULT_TEMPLATES, validateTemplate } from '@passerelle/pathway/domain';
import { PathwayTemplateRepository, type PathwayTemplateEntity } from '@passerelle/pathway/data-access';
import type { PublishTemplateCommand } from './publish-template.command';
import { PlanningError, PlanningErrorCode } from './planning.error';

@Injectable()
export class PublishTemplateHandler implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: PathwayTemplateRepository,
    private readonly clock: Clock,
  ) {}

  /** Validates the whole template, naming each problem's milestone and field, then appends a version. */
  async execute(command: PublishTemplateCommand): Promise<PathwayTemplateEntity> {
    const problems = validateTemplate(command.template);
    if (problems.length > 0) {
      throw new PlanningError(
        PlanningErrorCode.InvalidTemplate,
        problems.map((p) => `${p.path}: ${p.message}`).join('; '),
        { problems },
      );
    }
    return this.dataSource.transaction((manager) =>
      this.templates.appendVersion(manager, {
        track: command.template.track,
        name: command.template.name.trim(),
        milestones: command.template.milestones.map((m) => ({ ...m })),
        createdBy: command.publishedBy,
        note: command.note,
        createdAt: command.now,
      }),
    );
  }

  /** Seeds version 1 of each track's default template where a track has none (idempotent, any replica). */
  async seedDefaults(now: Date = this.clock.now()): Promise<string[]> {
    const seeded: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      for (const track of TRACKS) {
        const template = DEFAULT_TEMPLATES[track];
        const inserted = await this.templates.seedIfAbsent(manager, {
          track,
          name: template.name,
          milestones: template.milestones.map((m) => ({ ...m })),
          createdBy: 'seed',
          note: 'default template',
          createdAt: now,
        });
        if (inserted) seeded.push(track);
      }
    });
    return seeded;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.seedDefaults();
  }
}
