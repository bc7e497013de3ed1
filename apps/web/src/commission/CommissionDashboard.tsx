import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { CommitteeBreakdownsScreenQuery, CommitteeDashboardScreenQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Card, Failure, Field, Loading } from '../ui/ui';
import { DocumentDownloads } from './DocumentDownloads';
import { COMMISSION_PROGRAMMES } from './queries';
import { CountTable, MatrixTable, WhyHidden, type Count } from './Counts';

const COMMITTEE_DASHBOARD = graphql(`
  query CommitteeDashboardScreen($id: ID!, $asOf: DateTime) {
    committeeDashboard(programmeId: $id, asOf: $asOf) {
      programmeId
      asOf
      suppressionThreshold
      peopleConcerned
      adhering {
        count
        suppression
      }
      statuses {
        status
        people {
          count
          suppression
        }
      }
      outcomes {
        category
        people {
          count
          suppression
        }
        targetPercent
        targetPeople
      }
      outcomesTotal {
        count
        suppression
      }
      withoutOutcome {
        count
        suppression
      }
      validJobOffers {
        proposed {
          count
          suppression
        }
        decisions {
          decision
          offers {
            count
            suppression
          }
        }
        perPerson {
          value
          suppression
        }
      }
      daysToFirstMeeting {
        value
        suppression
      }
      sessionsPerPersonPerMonth {
        value
        suppression
      }
      months {
        month
        enrolled {
          count
          suppression
        }
        firstMeetings {
          count
          suppression
        }
        outcomesRecorded {
          count
          suppression
        }
        left {
          count
          suppression
        }
      }
    }
  }
`);

// Its own query: the breakdowns alone cost as much as the gateway allows one operation (a list of
// lists of lists). Not cached: two selections of the same unkeyed object would replace each other.
const COMMITTEE_BREAKDOWNS = graphql(`
  query CommitteeBreakdownsScreen($id: ID!, $asOf: DateTime) {
    committeeDashboard(programmeId: $id, asOf: $asOf) {
      suppressionThreshold
      breakdowns {
        dimension
        rows {
          label
          cells {
            status
            people {
              count
              suppression
            }
          }
          total {
            count
            suppression
          }
        }
        columnTotals {
          status
          people {
            count
            suppression
          }
        }
        total {
          count
          suppression
        }
      }
    }
  }
`);

type Figures = CommitteeDashboardScreenQuery['committeeDashboard'];
type Average = Figures['daysToFirstMeeting'];
type Breakdown = CommitteeBreakdownsScreenQuery['committeeDashboard']['breakdowns'][number];
const STATUSES = ['IN_ACCOMPANIMENT', 'PAUSED', 'PLACED', 'EXITED'] as const;

/** yyyy-mm-dd of an instant in Paris (the offices' zone). */
function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(instant);
}

/** The last second of a day in Paris, as an instant with its offset (winter +01:00, summer +02:00). */
function endOfParisDay(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = zone?.replace('GMT', '') || '+01:00';
  return `${day}T23:59:59${offset}`;
}

/**
 * One programme as its commission de suivi reviews it, on a chosen date: from reporting's read
 * model, every count already through the one suppression rule on the server. Sponsor HR and the
 * committee's members see exactly this, and download it as the committee pack.
 */
export function CommissionDashboard({ programmeId, now }: { programmeId: string; now: () => Date }) {
  const { t, dateTime, errorText } = useI18n();
  const today = parisDay(now());
  const [day, setDay] = useState('');
  const future = day !== '' && day > today;
  // Today (or nothing) asks for the figures now; a past day for the figures at its end.
  const asOf = day === '' || day >= today ? null : endOfParisDay(day);
  const programmes = useQuery(COMMISSION_PROGRAMMES);
  const { data, loading, error, refetch } = useQuery(COMMITTEE_DASHBOARD, {
    variables: { id: programmeId, asOf },
    skip: future,
  });
  const programme = programmes.data?.programmes.nodes.find((node) => node.id === programmeId);
  return (
    <>
      {programme && <h2 className="programme-name">{programme.name}</h2>}
      <div className="as-of">
        <Field
          id="as-of"
          type="date"
          label={t('commission.asOf')}
          hint={t('commission.asOf.hint')}
          value={day}
          onChange={setDay}
          problem={future ? t('commission.asOf.future') : null}
        />
      </div>
      {future ? null : loading ? (
        <Loading />
      ) : error ? (
        <div role="alert" className="failure">
          <p>{errorText(error)}</p>
        </div>
      ) : !data ? (
        <Failure retry={() => void refetch()} />
      ) : (
        <>
          <p className="muted">
            {t('commission.asOf.shown', { date: dateTime(data.committeeDashboard.asOf) })}{' '}
            {t('commission.privacy', { k: data.committeeDashboard.suppressionThreshold })}
          </p>
          <Figures figures={data.committeeDashboard} programmeId={programmeId} asOf={asOf} />
        </>
      )}
    </>
  );
}

function Figures({
  figures,
  programmeId,
  asOf,
}: {
  figures: Figures;
  programmeId: string;
  asOf: string | null;
}) {
  const { t, language } = useI18n();
  const k = figures.suppressionThreshold;
  const number = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  const monthName = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const offers = figures.validJobOffers;
  const averages: [string, string, Average, (value: number) => string][] = [
    [
      'days',
      t('commission.service.daysToFirstMeeting'),
      figures.daysToFirstMeeting,
      (value) => t('commission.service.days', { value: number.format(value) }),
    ],
    [
      'sessions',
      t('commission.service.sessionsPerMonth'),
      figures.sessionsPerPersonPerMonth,
      (value) => number.format(value),
    ],
    [
      'offers-per-person',
      t('commission.offers.perPerson'),
      offers.perPerson,
      (value) => number.format(value),
    ],
  ];
  return (
    <div className="dashboard">
      <Card title={t('commission.people')}>
        <dl className="figures">
          <div>
            <dt>{t('commission.people.concerned')}</dt>
            <dd className="big-number">{figures.peopleConcerned}</dd>
          </div>
        </dl>
        <CountTable
          id="people"
          caption={t('commission.statuses.caption')}
          threshold={k}
          rows={[
            { key: 'adhering', label: t('commission.people.adhering'), value: figures.adhering },
            ...figures.statuses.map((row) => ({
              key: row.status,
              label: t(`commission.status.${row.status}`),
              value: row.people,
            })),
          ]}
        />
      </Card>
      <Card title={t('commission.outcomes')}>
        <CountTable
          id="outcomes"
          caption={t('commission.outcomes.caption')}
          threshold={k}
          rows={[
            ...figures.outcomes.map((row) => ({
              key: row.category,
              label: t(`commission.outcome.${row.category}`),
              value: row.people,
              target:
                row.targetPercent == null
                  ? ''
                  : t('commission.target', {
                      percent: number.format(row.targetPercent),
                      people: row.targetPeople ?? '',
                    }),
            })),
            {
              key: 'without',
              label: t('commission.outcomes.without'),
              value: figures.withoutOutcome,
              target: '',
            },
            { key: 'total', label: t('commission.outcomes.total'), value: figures.outcomesTotal, target: '' },
          ]}
        />
      </Card>
      <Card title={t('commission.offers')}>
        <CountTable
          id="offers"
          caption={t('commission.offers.caption')}
          threshold={k}
          rows={[
            { key: 'proposed', label: t('commission.offers.proposed'), value: offers.proposed },
            ...offers.decisions.map((row) => ({
              key: row.decision,
              label: t(`commission.offers.${row.decision}`),
              value: row.offers,
            })),
          ]}
        />
      </Card>
      <Card title={t('commission.service')}>
        <dl className="figures">
          {averages.map(([key, label, average, format]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd className="big-number">
                {average.value == null ? (
                  <span
                    className="hidden-count"
                    aria-describedby={`averages-why-${average.suppression ?? 'none'}`}
                  >
                    {t('commission.hidden')}
                  </span>
                ) : (
                  format(average.value)
                )}
              </dd>
            </div>
          ))}
        </dl>
        <WhyHidden
          whyId="averages"
          values={averages.map(([, , average]) => ({
            count: average.value,
            suppression: average.suppression,
          }))}
          threshold={k}
        />
      </Card>
      <div className="wide">
        <Card title={t('commission.months')}>
          {figures.months.length ? (
            <MatrixTable
              id="months"
              caption={t('commission.months.caption')}
              corner={t('commission.months.month')}
              columns={[
                t('commission.months.enrolled'),
                t('commission.months.firstMeetings'),
                t('commission.months.outcomesRecorded'),
                t('commission.months.left'),
              ]}
              rows={figures.months.map((row) => ({
                key: row.month,
                label: monthName.format(new Date(`${row.month}-01T00:00:00Z`)),
                cells: [row.enrolled, row.firstMeetings, row.outcomesRecorded, row.left],
              }))}
              threshold={k}
            />
          ) : (
            <p>{t('commission.empty')}</p>
          )}
        </Card>
      </div>
      <div className="wide">
        <Card title={t('commission.breakdowns')}>
          <Breakdowns programmeId={programmeId} asOf={asOf} />
        </Card>
      </div>
      <DocumentDownloads document="pack" programmeId={programmeId} asOf={asOf} />
      <DocumentDownloads document="dreets" programmeId={programmeId} asOf={asOf} />
    </div>
  );
}

function Breakdowns({ programmeId, asOf }: { programmeId: string; asOf: string | null }) {
  const { data, loading, error, refetch } = useQuery(COMMITTEE_BREAKDOWNS, {
    variables: { id: programmeId, asOf },
    fetchPolicy: 'no-cache',
  });
  if (loading) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const k = data.committeeDashboard.suppressionThreshold;
  return (
    <>
      {data.committeeDashboard.breakdowns.map((breakdown) => (
        <BreakdownTable key={breakdown.dimension} breakdown={breakdown} threshold={k} />
      ))}
    </>
  );
}

function BreakdownTable({ breakdown, threshold }: { breakdown: Breakdown; threshold: number }) {
  const { t } = useI18n();
  const byStatus = (cells: { status: string; people: Count }[]) =>
    STATUSES.map((status) => cells.find((cell) => cell.status === status)?.people ?? {});
  const rows = breakdown.rows.map((row, index) => ({
    key: row.label ?? `unknown-${index}`,
    label: row.label ?? t('commission.breakdown.unknown'),
    cells: [...byStatus(row.cells), row.total],
  }));
  if (breakdown.columnTotals.length)
    rows.push({
      key: 'total',
      label: t('commission.breakdown.total'),
      cells: [...byStatus(breakdown.columnTotals), breakdown.total],
    });
  return (
    <MatrixTable
      id={`breakdown-${breakdown.dimension}`}
      caption={t('commission.breakdown.caption', {
        dimension: t(`commission.dimension.${breakdown.dimension}`),
      })}
      corner={t('commission.breakdown.value')}
      columns={[
        ...STATUSES.map((status) => t(`commission.status.${status}`)),
        t('commission.breakdown.total'),
      ]}
      rows={rows}
      threshold={threshold}
    />
  );
}
