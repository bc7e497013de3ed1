import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { OpsProgrammeQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import type { Frame } from './frame';
import { ProgrammeOutcomes } from './ProgrammeOutcomes';
import { TermsFields, termsInput, termsProblems, type TermsDraft, EMPTY_TERMS } from './ProgrammeForm';
import { categoryKey, statusKey, typeKey } from './programme-words';

const PROGRAMME = graphql(`
  query OpsProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      status
      type
      sites
      headcount
      startDate
      durationMonths
      sessionBudgetPerPerson
      employerNafCode
      officeIds
      createdAt
      amendedAt
      closedAt
      sponsor {
        id
        name
      }
      outcomeTargets {
        category
        sharePercent
      }
    }
    offices {
      id
      name
    }
    importBatches(programmeId: $id) {
      id
      filename
      status
      rowsEnrolled
      rowsRejected
      createdAt
    }
  }
`);

const AMEND = graphql(`
  mutation OpsAmendProgramme($input: AmendProgrammeInput!) {
    amendProgramme(input: $input) {
      id
      status
      type
      sites
      headcount
      startDate
      durationMonths
      sessionBudgetPerPerson
      employerNafCode
      amendedAt
    }
  }
`);

const CLOSE = graphql(`
  mutation OpsCloseProgramme($id: ID!) {
    closeProgramme(programmeId: $id) {
      id
      status
      closedAt
    }
  }
`);

type Programme = NonNullable<OpsProgrammeQuery['programme']>;

/** One programme: its contract, amending it (or contracting a draft), closing it, its imports and outcomes. */
export function ProgrammePage({ programmeId, frame }: { programmeId: string; frame: Frame }) {
  const { t, dateTime, day } = useI18n();
  const { data, loading, error, refetch } = useQuery(PROGRAMME, {
    variables: { id: programmeId },
    // Imports and closings happen on other screens (and to other people): show the latest.
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (loading && !data) return frame(t('ops.programme.title'), <Loading />);
  if (error || !data?.programme)
    return frame(t('ops.programme.title'), <Failure retry={() => void refetch()} />);
  const programme = data.programme;
  const officeName = (id: string) => data.offices.find((office) => office.id === id)?.name ?? id;
  const open = programme.status !== 'CLOSED';
  return frame(
    programme.name,
    <>
      <Card title={t('ops.programme.contractCard')}>
        <dl className="ops-facts">
          <dt>{t('ops.programme.sponsor')}</dt>
          <dd>{programme.sponsor.name}</dd>
          <dt>{t('ops.programme.status')}</dt>
          <dd>
            <span className={`ops-status ops-status-${programme.status.toLowerCase()}`}>
              {t(statusKey(programme.status))}
            </span>
            {programme.closedAt &&
              ` · ${t('ops.programme.closedAt', { when: dateTime(programme.closedAt) })}`}
            {!programme.closedAt &&
              programme.amendedAt &&
              ` · ${t('ops.programme.amendedAt', { when: dateTime(programme.amendedAt) })}`}
          </dd>
          <dt>{t('ops.programme.offices')}</dt>
          <dd>{programme.officeIds.map(officeName).join(', ')}</dd>
          {programme.type && (
            <>
              <dt>{t('ops.terms.type')}</dt>
              <dd>{t(typeKey(programme.type))}</dd>
              <dt>{t('ops.terms.sites')}</dt>
              <dd>{programme.sites.join(', ')}</dd>
              <dt>{t('ops.terms.headcount')}</dt>
              <dd>{programme.headcount}</dd>
              <dt>{t('ops.terms.startDate')}</dt>
              <dd>{day(programme.startDate)}</dd>
              <dt>{t('ops.terms.duration')}</dt>
              <dd>{programme.durationMonths}</dd>
              <dt>{t('ops.terms.budget')}</dt>
              <dd>{programme.sessionBudgetPerPerson}</dd>
              <dt>{t('ops.terms.employerNafCode')}</dt>
              <dd>{programme.employerNafCode ?? t('ops.terms.employerNafCode.none')}</dd>
            </>
          )}
          {programme.outcomeTargets.length > 0 && (
            <>
              <dt>{t('ops.programme.targets')}</dt>
              <dd>
                {programme.outcomeTargets
                  .map((target) => `${t(categoryKey(target.category))} ${target.sharePercent} %`)
                  .join(', ')}
              </dd>
            </>
          )}
        </dl>
        {programme.status === 'DRAFT' && <p>{t('ops.programme.draft')}</p>}
        {notice && <Notice>{notice}</Notice>}
        {open && !editing && (
          <div className="ops-actions">
            <Button onClick={() => setEditing(true)}>
              {programme.status === 'DRAFT' ? t('ops.programme.contract') : t('ops.programme.amend')}
            </Button>
          </div>
        )}
        {editing && (
          <AmendForm
            programme={programme}
            onDone={(message) => {
              setEditing(false);
              setNotice(message);
            }}
          />
        )}
      </Card>
      <Card title={t('ops.people.title')}>
        <p>
          <Link to={`/programmes/${programme.id}/people`}>{t('ops.people.link')}</Link>
        </p>
        <p>
          <Link to={`/programmes/${programme.id}/capacity`}>{t('ops.capacity.linkProgramme')}</Link>
        </p>
      </Card>
      <Card title={t('ops.levels.card')}>
        <p>
          <Link to={`/programmes/${programme.id}/service-levels`}>{t('ops.levels.link')}</Link>
        </p>
        <p>
          <Link to={`/programmes/${programme.id}/downloads`}>{t('ops.downloads.link')}</Link>
        </p>
      </Card>
      <Card title={t('ops.programme.imports')}>
        {programme.status === 'CONTRACTED' ? (
          <p>
            <Link to={`/programmes/${programme.id}/import`}>{t('ops.programme.importLink')}</Link>
          </p>
        ) : (
          <p className="muted">{t('ops.programme.importClosed')}</p>
        )}
        {data.importBatches.length === 0 ? (
          <p className="muted">{t('ops.programme.noImports')}</p>
        ) : (
          <ul className="ops-list">
            {data.importBatches.map((batch) => (
              <li key={batch.id} className="ops-row">
                <Link to={`/programmes/${programme.id}/imports/${batch.id}`}>{batch.filename}</Link>
                <span className="muted">{dateTime(batch.createdAt)}</span>
                <span>{t(`ops.import.status.${batch.status}`)}</span>
                <span className="muted">
                  {t('ops.import.batchCounts', {
                    enrolled: batch.rowsEnrolled,
                    rejected: batch.rowsRejected,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <ProgrammeOutcomes programmeId={programme.id} />
      {open && <CloseProgramme programme={programme} onClosed={() => setNotice(t('ops.programme.closed'))} />}
    </>,
  );
}

function draftOf(programme: Programme): TermsDraft {
  if (!programme.type) return EMPTY_TERMS;
  return {
    type: programme.type,
    sites: programme.sites.join(', '),
    headcount: String(programme.headcount ?? ''),
    startDate: programme.startDate ?? '',
    durationMonths: String(programme.durationMonths ?? ''),
    sessionBudgetPerPerson: String(programme.sessionBudgetPerPerson ?? ''),
    employerNafCode: programme.employerNafCode ?? '',
  };
}

/** The whole set of terms each time (an amendment replaces them); the targets already set are kept. */
function AmendForm({ programme, onDone }: { programme: Programme; onDone: (notice: string | null) => void }) {
  const { t, errorText } = useI18n();
  const [terms, setTerms] = useState(() => draftOf(programme));
  const [tried, setTried] = useState(false);
  const [amend, { loading, error }] = useMutation(AMEND);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(termsProblems(terms, t)).some(Boolean)) return;
    const targets = programme.outcomeTargets.map(({ category, sharePercent }) => ({
      category,
      sharePercent,
    }));
    await amend({ variables: { input: { programmeId: programme.id, terms: termsInput(terms, targets) } } })
      .then(() =>
        onDone(programme.status === 'DRAFT' ? t('ops.programme.contracted') : t('ops.programme.amended')),
      )
      .catch(() => undefined);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('ops.programme.amend')}>
      <TermsFields draft={terms} onChange={setTerms} showAll={tried} />
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <div className="ops-actions">
        <button type="submit" className="button primary" disabled={loading}>
          {loading ? t('ops.saving') : t('ops.programme.save')}
        </button>
        <Button kind="quiet" onClick={() => onDone(null)}>
          {t('ops.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Closing is final: a second, explicit step says what it means before it is done. */
function CloseProgramme({ programme, onClosed }: { programme: Programme; onClosed: () => void }) {
  const { t, errorText } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [close, { loading, error }] = useMutation(CLOSE);
  return (
    <Card title={t('ops.close.title')}>
      {!confirming ? (
        <>
          <p className="muted">{t('ops.close.intro')}</p>
          <Button kind="quiet" onClick={() => setConfirming(true)}>
            {t('ops.close.start')}
          </Button>
        </>
      ) : (
        <div role="group" aria-labelledby="close-question" className="ops-confirm">
          <p id="close-question">{t('ops.close.question', { name: programme.name })}</p>
          {error && (
            <p role="alert" className="failure">
              {errorText(error)}
            </p>
          )}
          <div className="ops-actions">
            <Button
              disabled={loading}
              onClick={() =>
                void close({ variables: { id: programme.id } })
                  .then(onClosed)
                  .catch(() => undefined)
              }
            >
              {t('ops.close.confirm')}
            </Button>
            <Button kind="quiet" onClick={() => setConfirming(false)}>
              {t('ops.cancel')}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}
