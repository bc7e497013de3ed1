import { defineServiceApp } from '@passerelle/shared/runtime';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { COMMITTEE_TYPE_PATHS, CommitteeModule } from '@passerelle/reporting/feature-committee';

/**
 * Reporting: a read model fed only by events (ids, codes and dates), rebuildable from the topics
 * (`npm run reporting:rebuild`), and the commission de suivi's dashboard read from it
 * (feature-committee). Its groups read the topics from their start: the read model needs the past.
 */
export const reportingApp = defineServiceApp({
  service: 'reporting',
  dataSource: reportingDataSourceOptions,
  typePaths: [...COMMITTEE_TYPE_PATHS],
  features: [CommitteeModule],
});
