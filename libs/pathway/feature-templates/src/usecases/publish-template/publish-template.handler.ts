import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateTemplate } from '@passerelle/pathway/domain';
import { PathwayTemplateRepository, type PathwayTemplateEntity } from '@passerelle/pathway/data-access';
import { TemplatesError, TemplatesErrorCode } from '../../templates.error';
import type { PublishTemplateCommand } from './publish-template.command';

@Injectable()
export class PublishTemplateHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: PathwayTemplateRepository,
  ) {}

  /** Validates the whole template, naming each problem's milestone and field, then appends a version. */
  async execute(command: PublishTemplateCommand): Promise<PathwayTemplateEntity> {
    const problems = validateTemplate(command.template);
    if (problems.length > 0) {
      throw new TemplatesError(
        TemplatesErrorCode.InvalidTemplate,
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
}
