import { sponsorSuppression, type ShownCount } from '@passerelle/shared/disclosure';
import { toGraphQLEnum } from '@passerelle/shared/graphql';
import type {
  CommitteeDashboard,
  CommitteeStatus,
  Dimension,
  ShownAverage,
} from '@passerelle/reporting/domain';
import type {
  CommitteeDimension,
  CommitteeAverage,
  CommitteeCount,
  CommitteeDashboard as CommitteeDashboardObject,
} from '@passerelle/reporting/graphql-types';

const DIMENSION: Record<Dimension, CommitteeDimension> = {
  site: 'SITE',
  ageBand: 'AGE_BAND',
  sex: 'SEX',
  socioProfessionalCategory: 'SOCIO_PROFESSIONAL_CATEGORY',
};

const count = (shown: ShownCount): CommitteeCount => ({
  count: shown.count,
  suppressed: shown.suppressed !== null,
  suppression: sponsorSuppression(shown.suppressed),
});

const average = (shown: ShownAverage): CommitteeAverage => ({
  value: shown.value,
  suppressed: shown.suppressed !== null,
  suppression: sponsorSuppression(shown.suppressed),
});

/** The domain's figures as the subgraph's types: every count with whether and why it is hidden. */
export function toCommitteeDashboardObject(
  programmeId: string,
  dashboard: CommitteeDashboard,
): CommitteeDashboardObject {
  const statusCount = (cell: ShownCount & { status: CommitteeStatus }) => ({
    status: toGraphQLEnum(cell.status),
    people: count(cell),
  });
  const column = (row: CommitteeDashboard['months'][number], name: string) =>
    count(row.cells.find((cell) => cell.column === name) ?? { count: null, suppressed: 'small_population' });
  return {
    programmeId,
    asOf: dashboard.asOf,
    suppressionThreshold: dashboard.k,
    peopleConcerned: dashboard.peopleConcerned,
    adhering: count(dashboard.adhering),
    statuses: dashboard.statuses.map(statusCount),
    outcomes: dashboard.outcomes.map((cell) => ({
      category: toGraphQLEnum(cell.category),
      people: count(cell),
      targetPercent: cell.targetPercent,
      targetPeople: cell.targetPeople,
    })),
    outcomesTotal: count(dashboard.outcomesTotal),
    withoutOutcome: count(dashboard.withoutOutcome),
    validJobOffers: {
      proposed: count(dashboard.offers.proposed),
      decisions: dashboard.offers.decisions.map((cell) => ({
        decision: toGraphQLEnum(cell.decision),
        offers: count(cell),
      })),
      perPerson: average(dashboard.offers.perPerson),
    },
    daysToFirstMeeting: average(dashboard.daysToFirstMeeting),
    sessionsPerPersonPerMonth: average(dashboard.sessionsPerPersonPerMonth),
    breakdowns: dashboard.breakdowns.map((breakdown) => ({
      dimension: DIMENSION[breakdown.dimension],
      rows: breakdown.rows.map((row) => ({
        label: row.label,
        cells: row.cells.map(statusCount),
        total: count(row.total),
      })),
      columnTotals: breakdown.columnTotals.map(statusCount),
      total: count(breakdown.total),
    })),
    months: dashboard.months.map((row) => ({
      month: row.month,
      enrolled: column(row, 'enrolled'),
      firstMeetings: column(row, 'firstMeetings'),
      outcomesRecorded: column(row, 'outcomesRecorded'),
      left: column(row, 'left'),
    })),
  };
}
