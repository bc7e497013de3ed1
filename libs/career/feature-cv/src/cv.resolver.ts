import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { absentAsNull, parseInput } from '@passerelle/shared/graphql';
import { tailorCv } from '@passerelle/career/domain';
import type { CvComment, CvTailoring } from '@passerelle/career/graphql-types';
import { invalidCvInput } from './cv.error';
import { toCommentObject, toCvObject, toTailoringObject, type CvVersionObject } from './cv.object';
import { commentCvLineCommandSchema } from './usecases/comment-cv-line/comment-cv-line.command';
import { CommentCvLineHandler } from './usecases/comment-cv-line/comment-cv-line.handler';
import { cvCommand } from './usecases/create-cv/cv-input.schema';
import { createCvCommandSchema } from './usecases/create-cv/create-cv.command';
import { CreateCvHandler } from './usecases/create-cv/create-cv.handler';
import { readCvQuerySchema } from './usecases/read-cv/read-cv.query';
import { ReadCvHandler } from './usecases/read-cv/read-cv.handler';
import { resolveCvCommentCommandSchema } from './usecases/resolve-cv-comment/resolve-cv-comment.command';
import { ResolveCvCommentHandler } from './usecases/resolve-cv-comment/resolve-cv-comment.handler';
import { saveCvVersionCommandSchema } from './usecases/save-cv-version/save-cv-version.command';
import { SaveCvVersionHandler } from './usecases/save-cv-version/save-cv-version.handler';

type CvObject = ReturnType<typeof toCvObject>;

const offerSkillsSchema = z
  .array(
    z.object({
      code: absentAsNull(z.string().trim()),
      label: z.string('label is required').trim().max(200, 'label is at most 200 characters'),
    }),
  )
  .max(100, 'at most 100 skills');

/**
 * The CV builder: the person and their coach read and save versions; the coach comments on lines,
 * the person resolves them. Ops, sponsor HR and committee members are refused (decision 0030).
 */
@Resolver('Cv')
export class CvResolver {
  constructor(
    private readonly read: ReadCvHandler,
    private readonly create: CreateCvHandler,
    private readonly save: SaveCvVersionHandler,
    private readonly comment: CommentCvLineHandler,
    private readonly resolve: ResolveCvCommentHandler,
  ) {}

  @Query('cv')
  @Roles('candidate', 'coach')
  async cv(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<CvObject | null> {
    const query = parseInput(readCvQuerySchema, { candidateId }, invalidCvInput);
    const found = await this.read.execute(identity, query);
    return found && toCvObject(found);
  }

  @Mutation('createCv')
  @Roles('candidate', 'coach')
  async createCv(@Args('input') input: unknown, @CurrentIdentity() identity: Identity): Promise<CvObject> {
    const command = cvCommand(parseInput(createCvCommandSchema, input, invalidCvInput));
    return toCvObject(await this.create.execute(identity, command));
  }

  @Mutation('saveCvVersion')
  @Roles('candidate', 'coach')
  async saveCvVersion(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CvObject> {
    const parsed = parseInput(saveCvVersionCommandSchema, input, invalidCvInput);
    const command = { ...cvCommand(parsed.cv), basedOnVersion: parsed.basedOnVersion };
    return toCvObject(await this.save.execute(identity, command));
  }

  @Mutation('commentCvLine')
  @Roles('candidate', 'coach')
  async commentCvLine(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<CvComment> {
    const command = parseInput(commentCvLineCommandSchema, input, invalidCvInput);
    return toCommentObject(await this.comment.execute(identity, command));
  }

  @Mutation('resolveCvComment')
  @Roles('candidate', 'coach')
  async resolveCvComment(
    @Args('commentId') commentId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<CvComment> {
    const command = parseInput(resolveCvCommentCommandSchema, { commentId }, invalidCvInput);
    return toCommentObject(await this.resolve.execute(identity, command));
  }
}

/** A version's tailoring to an offer: reached only through a CV the caller may read. */
@Resolver('CvVersion')
export class CvVersionResolver {
  @ResolveField('tailoring')
  @Roles('candidate', 'coach')
  tailoring(@Parent() version: CvVersionObject, @Args('offerSkills') offerSkills: unknown): CvTailoring {
    const skills = parseInput(offerSkillsSchema, offerSkills, (message, fields) =>
      invalidCvInput(
        message,
        fields.map((f) => ({ ...f, field: `offerSkills${f.field ? `.${f.field}` : ''}` })),
      ),
    );
    return toTailoringObject(tailorCv(version.content, skills));
  }
}
