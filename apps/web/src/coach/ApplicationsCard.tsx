import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { OveLogForm, type OveApplication } from './OveLogForm';

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
      <OvesToLog candidateId={candidateId} oves={data.candidate.ovesToLog} />
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

function OvesToLog({ candidateId, oves }: { candidateId: string; oves: OveApplication[] }) {
  const { t, day } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  if (!oves.length && !done) return null;
  return (
    <div className="coach-oves">
      {done && <Notice>{done}</Notice>}
      {oves.length > 0 && (
        <>
          <h3>{t('coach.applications.oves', { count: oves.length })}</h3>
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
                  <OveLogForm candidateId={candidateId} application={application} onDone={setDone} />
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
    </div>
  );
}
