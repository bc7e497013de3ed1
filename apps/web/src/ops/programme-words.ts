import type { MessageKey } from '../i18n/fr';
import type { OutcomeCategory, ProgrammeStatus, ProgrammeType } from './gql/graphql';

/** The catalogue's key for each value the API names, so every enum is said in words. */
export const statusKey = (status: ProgrammeStatus): MessageKey => `ops.status.${status}`;
export const typeKey = (type: ProgrammeType): MessageKey => `ops.type.${type}`;
export const categoryKey = (category: OutcomeCategory): MessageKey => `ops.outcome.${category}`;

export const PROGRAMME_TYPES: readonly ProgrammeType[] = ['PSE', 'CONGE_DE_RECLASSEMENT', 'CSP', 'VOLUNTARY'];
export const OUTCOME_CATEGORIES: readonly OutcomeCategory[] = [
  'PERMANENT_CONTRACT',
  'FIXED_TERM_6_MONTHS_OR_MORE',
  'SHORT_FIXED_TERM_OR_TEMPORARY',
  'BUSINESS_CREATION',
  'TRAINING',
  'RETIREMENT',
  'OTHER',
  'STILL_SEARCHING',
];
