import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import { TRACKS, type Track } from '@passerelle/shared/contracts';
import { DEFAULT_TEMPLATES } from '@passerelle/pathway/domain';
import { PathwayTemplateRepository } from '@passerelle/pathway/data-access';
import type { SeedDefaultTemplatesCommand } from './seed-default-templates.command';

@Injectable()
export class SeedDefaultTemplatesHandler implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: PathwayTemplateRepository,
    private readonly clock: Clock,
  ) {}

  /** Idempotent and safe on any replica; returns the tracks it seeded. */
  async execute(command: SeedDefaultTemplatesCommand): Promise<Track[]> {
    const seeded: Track[] = [];
    await this.dataSource.transaction(async (manager) => {
      for (const track of TRACKS) {
        const template = DEFAULT_TEMPLATES[track];
        const inserted = await this.templates.seedIfAbsent(manager, {
          track,
          name: template.name,
          milestones: template.milestones.map((m) => ({ ...m })),
          createdBy: 'seed',
          note: 'default template',
          createdAt: command.now,
        });
        if (inserted) seeded.push(track);
      }
    });
    return seeded;
  }

  /** A service never starts without a template for each track. */
  async onApplicationBootstrap(): Promise<void> {
    await this.execute({ now: this.clock.now() });
  }
}
