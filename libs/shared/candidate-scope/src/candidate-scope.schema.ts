import { CandidateCoachEntity } from './candidate-coach.entity';
import { CreateCandidateCoach1763900000200 } from './candidate-coach.migration';
import { CandidateScopeEntity } from './candidate-scope.entity';
import { CreateCandidateScope1763900000100 } from './candidate-scope.migration';
import { CandidateScopeStatus1765800000100 } from './candidate-status.migration';

/** What a service's data source needs for the access projections; spread into its options. */
export const CANDIDATE_SCOPE_ENTITIES = [CandidateScopeEntity, CandidateCoachEntity];
export const CANDIDATE_SCOPE_MIGRATIONS = [
  CreateCandidateScope1763900000100,
  CreateCandidateCoach1763900000200,
  CandidateScopeStatus1765800000100,
];
