import type { ProjectWithVersions } from '@passerelle/career/data-access';
import { versionState } from '@passerelle/career/data-access';
import { shareOf, type ProjectVersionState } from '@passerelle/career/domain';
import type { ProfessionalProject, ProjectVersion } from '@passerelle/career/graphql-types';
import { toGraphQLEnum, toGraphQLEnumOrNull } from '@passerelle/shared/graphql';

export const toVersionObject = (state: ProjectVersionState): ProjectVersion => ({
  version: state.version,
  status: toGraphQLEnum(state.status),
  targets: state.targets.map((t) => ({ ...t, source: toGraphQLEnum(t.source) })),
  area: state.area && { ...state.area, unit: toGraphQLEnum(state.area.unit) },
  conditions: state.conditions && {
    ...state.conditions,
    contractTypes: state.conditions.contractTypes.map(toGraphQLEnum),
    hours: toGraphQLEnum(state.conditions.hours),
  },
  review: state.review && {
    ...state.review,
    verdict: toGraphQLEnumOrNull(state.review.verdict),
    localDemandFigures: state.review.localDemandFigures && {
      ...state.review.localDemandFigures,
      targets: state.review.localDemandFigures.targets.map((row) => ({
        ...row,
        hardToFillShare: shareOf(row.hardToFill, row.projects),
        seasonalShare: shareOf(row.seasonal, row.projects),
      })),
    },
  },
  updatedAt: state.updatedAt,
  validatedAt: state.validatedAt,
  validatedByCoachId: state.validatedByCoachId,
});

export function toProjectObject({ project, versions }: ProjectWithVersions): ProfessionalProject {
  const states = versions.map(versionState);
  const at = (version: number | null) => states.find((s) => s.version === version);
  const current = at(project.currentVersion);
  if (!current) throw new Error(`project ${project.id} lacks its version ${project.currentVersion}`);
  const validated = at(project.validatedVersion);
  return {
    id: project.id,
    candidateId: project.candidateId,
    current: toVersionObject(current),
    validated: validated ? toVersionObject(validated) : null,
    versions: states.map(toVersionObject),
  };
}
