import type { OccupationRecommendationEntity } from '@passerelle/matching/data-access';

/** The GraphQL shape, kept apart from the table so the public schema does not follow every column. */
export type OccupationRecommendationObject = Pick<
  OccupationRecommendationEntity,
  'id' | 'occupationCode' | 'rank' | 'computedAt'
>;

export const toOccupationRecommendationObject = (
  row: OccupationRecommendationEntity,
): OccupationRecommendationObject => ({
  id: row.id,
  occupationCode: row.occupationCode,
  rank: row.rank,
  computedAt: row.computedAt,
});
