import type { CandidateEntity, ProgrammeEntity, ValidJobOfferEntity } from '@passerelle/intake/data-access';
import {
  assessOve,
  homeDepartmentOf,
  type OveAssessment,
  type OveDefinition,
} from '@passerelle/intake/domain';

/** The programme's OVE definition, as its terms hold it. */
export const oveDefinitionOf = (programme: ProgrammeEntity): OveDefinition => ({
  maxPayDropPercent: programme.oveMaxPayDropPercent,
  minContractMonths: programme.oveMinContractMonths,
});

/** An offer against the programme's definition, the person's area being their home department. */
export const assessOffer = (
  offer: ValidJobOfferEntity,
  candidate: Pick<CandidateEntity, 'homeCommuneCode' | 'homePostcode'>,
  programme: ProgrammeEntity,
): OveAssessment =>
  assessOve(
    {
      contractType: offer.contractType,
      contractMonths: offer.contractMonths,
      grossAnnualPay: offer.grossAnnualPay,
      previousGrossAnnualPay: offer.previousGrossAnnualPay,
      placeDepartmentCode: homeDepartmentOf(null, offer.placePostcode),
      homeDepartmentCode: homeDepartmentOf(candidate.homeCommuneCode ?? null, candidate.homePostcode ?? null),
    },
    oveDefinitionOf(programme),
  );
