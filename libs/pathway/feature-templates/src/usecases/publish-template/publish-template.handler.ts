import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
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
  async execute(identity: Identity, command: PublishTemplateCommand): Promise<PathwayTemplateEntity> {
    // A track's template shapes the plans of every office: only ops serving every office publish it.
    if (identity.role !== 'ops' || !identity.allOffices) {
      throw new TemplatesError(
        TemplatesErrorCode.OutOfScope,
        'templates are used by every office: ops serving all offices publish them',
      );
    }
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
        createdBy: identity.subject,
        note: command.note,
        createdAt: command.now,
      }),
    );
  }
}
