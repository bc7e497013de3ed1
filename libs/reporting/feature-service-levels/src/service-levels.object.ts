import { sponsorSuppression } from '@passerelle/shared/disclosure';
import { toGraphQLEnum } from '@passerelle/shared/graphql';
import type {
  CoachWorkloadView,
  ServiceLevelBreaches,
  ServiceLevelSummary,
} from '@passerelle/reporting/graphql-types';
import type { CoachWorkloadList } from './usecases/read-coach-workload/read-coach-workload.handler';
import type { ServiceLevelBreachList } from './usecases/read-service-level-breaches/read-service-level-breaches.handler';
import type { ServiceLevelSummaryShown } from './usecases/read-service-level-summary/read-service-level-summary.handler';

export const toBreachesObject = (list: ServiceLevelBreachList): ServiceLevelBreaches => ({
  programmeId: list.programmeId,
  asOf: list.asOf,
  terms: list.terms,
  breaches: list.breaches.map((breach) => ({
    kind: toGraphQLEnum(breach.kind),
    candidate: breach.personKey === null ? null : { id: breach.personKey },
    coach: breach.coachId === null ? null : { id: breach.coachId },
    since: breach.since,
    by: breach.by,
    unit: toGraphQLEnum(breach.unit),
  })),
});

export const toWorkloadObject = (list: CoachWorkloadList): CoachWorkloadView => ({
  programmeId: list.programmeId,
  asOf: list.asOf,
  terms: list.terms,
  weeks: list.weeks,
  coaches: list.coaches.map(({ coachId, ...workload }) => ({ coach: { id: coachId }, ...workload })),
});

export const toSummaryObject = ({
  programmeId,
  asOf,
  terms,
  shown,
}: ServiceLevelSummaryShown): ServiceLevelSummary => ({
  programmeId,
  asOf,
  terms,
  standings: shown.cells.map((cell) => ({
    standing: toGraphQLEnum(cell.key),
    people: cell.count,
    suppressed: cell.suppressed !== null,
    suppression: sponsorSuppression(cell.suppressed),
  })),
  people: shown.total.count,
  peopleSuppression: sponsorSuppression(shown.total.suppressed),
});
