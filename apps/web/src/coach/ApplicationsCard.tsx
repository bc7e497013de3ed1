import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { CoachApplicationsQuery } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';

const APPLICATIONS = graphql(`
  query CoachApplications($candidateId: ID!) {
    candidate(id: $candidateId) {
      id
      jobApplicationCounts {
        sent
        interviews
        offers
      }
      ovesToLog {
        id
        company
        jobTitle
        occupationCode
        oveToLog {
          offeredOn
          decision
          decidedOn
        }
      }
    }
    jobApplications(candidateId: $candidateId) {
      id
      company
      jobTitle
      channel
      sentOn
      status
      statusChangedOn
      followUpDueOn
    }
  }
`);

const MARK_LOGGED = graphql(`
  mutation CoachMarkOveLogged($applicationId: ID!) {
    markOveLogged(applicationId: $applicationId) {
      id
      oveToLog {
        loggedAt
      }
    }
  }
`);

/** How many applications are shown; the rest stay behind "see all". */
const SHOWN = 5;

/**
 * The person's applications: the counts, the list (the last sent first), and the answered offers to
 * log as valid job offers (OVE) in the register, each marked logged once the coach has done it.
 */
export function ApplicationsCard({ candidateId }: { candidateId: string }) {
  const { t, day } = useI18n();
  const [all, setAll] = useState(false);
  const { data, loading, error, refetch } = useQuery(APPLICATIONS, { variables: { candidateId } });
  if (loading && !data)
    return (
      <Card title={t('coach.applications.title')}>
        <Loading />
      </Card>
    );
  if (!data?.candidate)
    return (
      <Card title={t('coach.applications.title')}>
        {error ? <Failure retry={() => void refetch()} /> : <p>{t('coach.applications.none')}</p>}
      </Card>
    );
  const counts = data.candidate.jobApplicationCounts;
  const applications = all ? data.jobApplications : data.jobApplications.slice(0, SHOWN);
  return (
    <Card title={t('coach.applications.title')}>
      <p>{t('coach.applications.counts', counts)}</p>
      <OvesToLog oves={data.candidate.ovesToLog} />
      {applications.length ? (
        <ul className="coach-list">
          {applications.map((application) => (
            <li key={application.id}>
              <strong>{application.jobTitle}</strong>, {application.company}
              <br />
              <span className="muted">
                {t('coach.applications.sent', {
                  day: day(application.sentOn),
                  channel: t(`coach.applications.channel.${application.channel}` as MessageKey),
                })}{' '}
                ·{' '}
                {t('coach.applications.status', {
                  status: t(`coach.applications.status.${application.status}` as MessageKey),
                  day: day(application.statusChangedOn),
                })}
                {application.followUpDueOn
                  ? ` · ${t('coach.applications.followUp', { day: day(application.followUpDueOn) })}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('coach.applications.none')}</p>
      )}
      {!all && data.jobApplications.length > SHOWN && (
        <Button kind="quiet" onClick={() => setAll(true)}>
          {t('coach.applications.all', { count: data.jobApplications.length })}
        </Button>
      )}
    </Card>
  );
}

type Ove = NonNullable<CoachApplicationsQuery['candidate']>['ovesToLog'][number];

function OvesToLog({ oves }: { oves: Ove[] }) {
  const { t, day, errorText } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const [mark, { loading, error }] = useMutation(MARK_LOGGED, {
    refetchQueries: ['CoachApplications'],
    awaitRefetchQueries: true,
  });
  if (!oves.length && !done) return null;
  return (
    <div className="coach-oves">
      <h3>{t('coach.applications.oves', { count: oves.length })}</h3>
      {done && <Notice>{done}</Notice>}
      {oves.length > 0 && (
        <>
          <p className="muted">{t('coach.applications.ovesHow')}</p>
          <ul className="coach-list">
            {oves.map((application) =>
              application.oveToLog ? (
                <li key={application.id}>
                  <strong>{application.jobTitle}</strong>, {application.company}
                  {application.occupationCode ? ` (${application.occupationCode})` : ''}
                  <br />
                  {t('coach.applications.oveFacts', {
                    offered: day(application.oveToLog.offeredOn),
                    decision: t(`coach.applications.decision.${application.oveToLog.decision}` as MessageKey),
                    decided: day(application.oveToLog.decidedOn),
                  })}
                  <div className="coach-actions">
                    <Button
                      kind="quiet"
                      disabled={loading}
                      onClick={() =>
                        void mark({ variables: { applicationId: application.id } })
                          .then(() =>
                            setDone(
                              t('coach.applications.oveLogged', {
                                job: application.jobTitle,
                                company: application.company,
                              }),
                            ),
                          )
                          .catch(() => undefined)
                      }
                    >
                      <span>{t('coach.applications.markLogged')}</span>
                      <span className="visually-hidden">
                        {' '}
                        {t('coach.applications.markLoggedWhich', {
                          job: application.jobTitle,
                          company: application.company,
                        })}
                      </span>
                    </Button>
                  </div>
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
