import type { CvCommentEntity, CvVersionEntity, CvWithVersions } from '@passerelle/career/data-access';
import type { CvContent, CvTailoring as DomainTailoring } from '@passerelle/career/domain';
import type { Cv, CvComment, CvTailoring, CvVersion } from '@passerelle/career/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

/** A version as GraphQL answers it, with its content kept for `tailoring` (not in the schema). */
export type CvVersionObject = Omit<CvVersion, 'tailoring'> & { content: CvContent };

export const toCommentObject = (comment: CvCommentEntity): CvComment => ({
  id: comment.id,
  section: toGraphQLEnum(comment.section),
  line: comment.line,
  quotedLine: comment.quotedLine,
  text: comment.body,
  authorCoachId: comment.authorCoachId,
  createdAt: comment.createdAt,
  resolvedAt: comment.resolvedAt,
});

export function toVersionObject(version: CvVersionEntity, comments: CvCommentEntity[]): CvVersionObject {
  const { content } = version;
  return {
    id: version.id,
    version: version.version,
    layout: toGraphQLEnum(version.layout),
    identity: content.identity,
    headline: content.headline,
    experiences: content.experiences,
    skills: content.skills.map((skill) => ({ ...skill, source: toGraphQLEnum(skill.source) })),
    trainings: content.trainings,
    languages: content.languages.map((language) => ({ ...language, level: toGraphQLEnum(language.level) })),
    interests: content.interests,
    savedAt: version.savedAt,
    comments: comments.filter((comment) => comment.cvVersionId === version.id).map(toCommentObject),
    pdfPath: `/cvs/${version.id}.pdf`,
    docxPath: `/cvs/${version.id}.docx`,
    content,
  };
}

export function toCvObject({ cv, versions, comments }: CvWithVersions): Omit<Cv, 'current' | 'versions'> & {
  current: CvVersionObject;
  versions: CvVersionObject[];
} {
  const objects = versions.map((version) => toVersionObject(version, comments));
  const current = objects.find((version) => version.version === cv.currentVersion);
  if (!current) throw new Error(`CV ${cv.id} lacks its version ${cv.currentVersion}`);
  return { id: cv.id, candidateId: cv.candidateId, current, versions: objects };
}

export const toTailoringObject = (tailoring: DomainTailoring): CvTailoring => ({
  shown: tailoring.shown,
  missing: tailoring.missing,
  coverage: tailoring.coverage,
});
