/**
 * Whether a valid job offer (OVE, offre valable d'emploi) meets the programme's definition. A PSE
 * agreement defines what an offer must be for a refusal to count: in the person's labour-market
 * area, paid close enough to their previous pay, and lasting (a CDI, or a fixed term of at least
 * some months). Those are the programme's terms; these are the defaults.
 */

export interface OveDefinition {
  /** The offer's pay may be at most this many percent below the previous pay (10: at least 90 %). */
  maxPayDropPercent: number;
  /** A fixed-term or temporary contract counts from this many months; a permanent one always. */
  minContractMonths: number;
}

export const DEFAULT_OVE_DEFINITION: OveDefinition = { maxPayDropPercent: 10, minContractMonths: 6 };

export type OveContractType = 'permanent' | 'fixed_term' | 'temporary';

/** What the offer says, and where the person lives (their department, as intake knows it). */
export interface OveOffer {
  contractType: OveContractType;
  /** Length of a fixed-term or temporary contract; null when not said. */
  contractMonths: number | null;
  /** Gross annual pay in euros; null when not said. */
  grossAnnualPay: number | null;
  previousGrossAnnualPay: number | null;
  /** The department of the offer's place, and of the person's home; null when not known. */
  placeDepartmentCode: string | null;
  homeDepartmentCode: string | null;
}

export type OveCriterion = 'labour_market_area' | 'pay' | 'contract';

/** One criterion: met, not met, or not known (null) from what was logged. */
export interface OveCriterionResult {
  criterion: OveCriterion;
  met: boolean | null;
  reason: string;
}

export interface OveAssessment {
  /** True when every criterion is met, false when one is not, null when none fails but one is unknown. */
  meetsDefinition: boolean | null;
  criteria: OveCriterionResult[];
}

/**
 * The offer against the definition. The labour-market area is the person's home department (the
 * finest area intake knows of a person today); pay is compared in whole euros.
 */
export function assessOve(offer: OveOffer, definition: OveDefinition): OveAssessment {
  const area: OveCriterionResult =
    offer.placeDepartmentCode === null || offer.homeDepartmentCode === null
      ? {
          criterion: 'labour_market_area',
          met: null,
          reason:
            offer.placeDepartmentCode === null
              ? 'the offer has no place with a postcode or commune code'
              : "the person's home department is not known",
        }
      : offer.placeDepartmentCode === offer.homeDepartmentCode
        ? {
            criterion: 'labour_market_area',
            met: true,
            reason: `in the person's department (${offer.homeDepartmentCode})`,
          }
        : {
            criterion: 'labour_market_area',
            met: false,
            reason: `in department ${offer.placeDepartmentCode}, the person lives in ${offer.homeDepartmentCode}`,
          };

  let pay: OveCriterionResult;
  if (offer.grossAnnualPay === null || offer.previousGrossAnnualPay === null) {
    pay = {
      criterion: 'pay',
      met: null,
      reason:
        offer.grossAnnualPay === null ? "the offer's pay is not known" : 'the previous pay is not known',
    };
  } else {
    const floor = Math.ceil((offer.previousGrossAnnualPay * (100 - definition.maxPayDropPercent)) / 100);
    pay =
      offer.grossAnnualPay >= floor
        ? {
            criterion: 'pay',
            met: true,
            reason: `${offer.grossAnnualPay} € a year, at least ${floor} € (${100 - definition.maxPayDropPercent} % of ${offer.previousGrossAnnualPay} €)`,
          }
        : {
            criterion: 'pay',
            met: false,
            reason: `${offer.grossAnnualPay} € a year, under ${floor} € (${100 - definition.maxPayDropPercent} % of ${offer.previousGrossAnnualPay} €)`,
          };
  }

  let contract: OveCriterionResult;
  if (offer.contractType === 'permanent') {
    contract = { criterion: 'contract', met: true, reason: 'a permanent contract (CDI)' };
  } else if (offer.contractMonths === null) {
    contract = { criterion: 'contract', met: null, reason: "the contract's length is not known" };
  } else {
    contract = {
      criterion: 'contract',
      met: offer.contractMonths >= definition.minContractMonths,
      reason: `${offer.contractMonths} months, ${offer.contractMonths >= definition.minContractMonths ? 'at least' : 'under'} ${definition.minContractMonths}`,
    };
  }

  const criteria = [area, pay, contract];
  const meetsDefinition = criteria.some((c) => c.met === false)
    ? false
    : criteria.some((c) => c.met === null)
      ? null
      : true;
  return { meetsDefinition, criteria };
}

/** A definition must be sensible: a drop of 0 to 50 %, a length of 1 to 36 months; else what is wrong. */
export function oveDefinitionProblems(
  definition: OveDefinition,
): { field: keyof OveDefinition; message: string }[] {
  const problems: { field: keyof OveDefinition; message: string }[] = [];
  const { maxPayDropPercent, minContractMonths } = definition;
  if (!Number.isFinite(maxPayDropPercent) || maxPayDropPercent < 0 || maxPayDropPercent > 50) {
    problems.push({ field: 'maxPayDropPercent', message: 'maxPayDropPercent is 0 to 50' });
  }
  if (!Number.isInteger(minContractMonths) || minContractMonths < 1 || minContractMonths > 36) {
    problems.push({
      field: 'minContractMonths',
      message: 'minContractMonths is a whole number from 1 to 36',
    });
  }
  return problems;
}
