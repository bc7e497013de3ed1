import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { TRACKS } from '@passerelle/shared/contracts';
import type { TemplateDefinition } from '@passerelle/pathway/domain';
import { PathwayTemplateRepository, type PathwayTemplateEntity } from '@passerelle/pathway/data-access';
import { parseInput, publishTemplateSchema } from './parse-input';
import { PlanningError, PlanningErrorCode } from './planning.error';
import { PublishTemplateHandler } from './publish-template.handler';
import { toTemplateObject } from './pathway.object';

@Resolver('PathwayTemplate')
export class TemplateResolver {
  constructor(
    private readonly templates: PathwayTemplateRepository,
    private readonly publish: PublishTemplateHandler,
    private readonly clock: Clock,
  ) {}

  @Query('pathwayTemplates')
  @Roles('coach', 'ops')
  async pathwayTemplates(@Args('track') track: string | undefined) {
    const tracks = track ? [track.toLowerCase()] : [...TRACKS];
    const current = await Promise.all(tracks.map((t) => this.templates.current(t)));
    return current.filter((t): t is PathwayTemplateEntity => t !== null).map(toTemplateObject);
  }

  @Query('pathwayTemplateVersions')
  @Roles('coach', 'ops')
  async pathwayTemplateVersions(@Args('track') track: string) {
    return (await this.templates.versions(track.toLowerCase())).map(toTemplateObject);
  }

  @Mutation('publishPathwayTemplate')
  @Roles('ops')
  async publishPathwayTemplate(@Args('input') input: unknown, @CurrentIdentity() identity: Identity) {
    // A track's template shapes the plans of every office: only ops serving every office publish it.
    if (identity.role !== 'ops' || !identity.allOffices) {
      throw new PlanningError(
        PlanningErrorCode.OutOfScope,
        'templates are used by every office: ops serving all offices publish them',
      );
    }
    const { note, ...template } = parseInput(publishTemplateSchema, input);
    const published = await this.publish.execute({
      template: template as TemplateDefinition,
      note,
      publishedBy: identity.subject,
      now: this.clock.now(),
    });
    return toTemplateObject(published);
  }
}
