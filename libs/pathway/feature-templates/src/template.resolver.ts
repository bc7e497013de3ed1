import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@passerelle/shared/clock';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { TRACKS, type Track } from '@passerelle/shared/contracts';
import { parseInput } from '@passerelle/shared/graphql';
import type { TemplateDefinition } from '@passerelle/pathway/domain';
import type { PathwayTemplate } from '@passerelle/pathway/graphql-types';
import { PathwayTemplateRepository, type PathwayTemplateEntity } from '@passerelle/pathway/data-access';
import { toTemplateObject } from './template.object';
import { invalidTemplatesInput } from './templates.error';
import { publishTemplateSchema } from './usecases/publish-template/publish-template.command';
import { PublishTemplateHandler } from './usecases/publish-template/publish-template.handler';

@Resolver('PathwayTemplate')
export class TemplateResolver {
  constructor(
    private readonly templates: PathwayTemplateRepository,
    private readonly publish: PublishTemplateHandler,
    private readonly clock: Clock,
  ) {}

  @Query('pathwayTemplates')
  @Roles('coach', 'ops')
  async pathwayTemplates(@Args('track') track: string | undefined): Promise<PathwayTemplate[]> {
    const tracks = track ? tracksNamed(track) : [...TRACKS];
    const current = await Promise.all(tracks.map((t) => this.templates.current(t)));
    return current.filter((t): t is PathwayTemplateEntity => t !== null).map(toTemplateObject);
  }

  @Query('pathwayTemplateVersions')
  @Roles('coach', 'ops')
  async pathwayTemplateVersions(@Args('track') track: string): Promise<PathwayTemplate[]> {
    const [known] = tracksNamed(track);
    return known ? (await this.templates.versions(known)).map(toTemplateObject) : [];
  }

  @Mutation('publishPathwayTemplate')
  @Roles('ops')
  async publishPathwayTemplate(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayTemplate> {
    const { note, ...template } = parseInput(publishTemplateSchema, input, invalidTemplatesInput);
    const published = await this.publish.execute(identity, {
      template: template as TemplateDefinition,
      note,
      now: this.clock.now(),
    });
    return toTemplateObject(published);
  }
}

/** The track a GraphQL enum value names (none for an unknown one: it has no template). */
function tracksNamed(value: string): Track[] {
  return TRACKS.filter((track) => track === value.toLowerCase());
}
