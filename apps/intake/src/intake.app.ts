import { defineServiceApp } from '@passerelle/shared/runtime';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { EnrollmentModule, INTAKE_TYPE_PATHS } from '@passerelle/intake/feature-enrollment';
import { ImportModule } from '@passerelle/intake/feature-import';

export const intakeApp = defineServiceApp({
  service: 'intake',
  dataSource: intakeDataSourceOptions,
  typePaths: INTAKE_TYPE_PATHS,
  features: [EnrollmentModule, ImportModule],
});
