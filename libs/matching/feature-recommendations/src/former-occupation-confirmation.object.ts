import type { FormerOccupationConfirmationEntity } from '@passerelle/matching/data-access';
import type { FormerOccupationConfirmation } from '@passerelle/matching/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

export const toConfirmationObject = (
  row: FormerOccupationConfirmationEntity,
): FormerOccupationConfirmation => ({
  candidate: { id: row.candidateId } as FormerOccupationConfirmation['candidate'],
  formerJobTitle: row.formerJobTitle,
  candidates: row.candidates.map((c) => ({
    occupationCode: c.romeCode,
    label: c.label,
    confidence: c.confidence,
  })),
  status: toGraphQLEnum(row.status) as FormerOccupationConfirmation['status'],
  occupationCode: row.romeCode,
  createdAt: row.createdAt,
  confirmedAt: row.confirmedAt,
});
