import { CASELOAD_RESOLVERS, CASELOAD_TYPE_PATHS, CaseloadModule } from '@passerelle/intake/feature-caseload';
import {
  DIAGNOSTIC_RESOLVERS,
  DIAGNOSTIC_TYPE_PATHS,
  DiagnosticModule,
} from '@passerelle/intake/feature-diagnostic';
import {
  ENROLLMENT_RESOLVERS,
  ENROLLMENT_TYPE_PATHS,
  EnrollmentModule,
} from '@passerelle/intake/feature-enrollment';
import { IMPORT_RESOLVERS, IMPORT_TYPE_PATHS, ImportModule } from '@passerelle/intake/feature-import';
import { OUTCOMES_RESOLVERS, OUTCOMES_TYPE_PATHS, OutcomesModule } from '@passerelle/intake/feature-outcomes';
import { PRIVACY_RESOLVERS, PRIVACY_TYPE_PATHS, PrivacyModule } from '@passerelle/intake/feature-privacy';

/**
 * The intake subgraph: each feature brings its SDL file, its resolvers and its module.
 * tools/supergraph/subgraphs.ts lists the same SDL files for the composition.
 */
export const INTAKE_FEATURES = [
  EnrollmentModule,
  CaseloadModule,
  DiagnosticModule,
  OutcomesModule,
  PrivacyModule,
  ImportModule,
];

export const INTAKE_SUBGRAPH_TYPE_PATHS = [
  ...ENROLLMENT_TYPE_PATHS,
  ...IMPORT_TYPE_PATHS,
  ...CASELOAD_TYPE_PATHS,
  ...DIAGNOSTIC_TYPE_PATHS,
  ...OUTCOMES_TYPE_PATHS,
  ...PRIVACY_TYPE_PATHS,
];

/** Every resolver class of the subgraph, for the access-rule check. */
export const INTAKE_SUBGRAPH_RESOLVERS = [
  ...ENROLLMENT_RESOLVERS,
  ...CASELOAD_RESOLVERS,
  ...DIAGNOSTIC_RESOLVERS,
  ...OUTCOMES_RESOLVERS,
  ...PRIVACY_RESOLVERS,
  ...IMPORT_RESOLVERS,
];
