import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Field, Loading, Notice } from '../ui/ui';
import { saveFile } from '../ui/save-file';

const CANDIDATE_PRIVACY = graphql(`
  query CandidatePrivacy($id: ID!) {
    privacyNotice {
      version
    }
    candidate(id: $id) {
      id
      phone
      consent {
        noticeVersion
        granted
        current
        recordedAt
      }
      smsReminders {
        granted
        mobile
        recordedAt
      }
      erasureRequest {
        candidateId
        requestedAt
        dueBy
      }
    }
  }
`);

const REQUEST_ERASURE = graphql(`
  mutation CandidateRequestErasure($id: ID!) {
    requestErasure(candidateId: $id) {
      candidateId
      requestedAt
      dueBy
    }
  }
`);

const RECORD_CONSENT = graphql(`
  mutation CandidateRecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      noticeVersion
      granted
      current
      recordedAt
    }
  }
`);

const RECORD_SMS = graphql(`
  mutation CandidateRecordSmsConsent($input: RecordSmsConsentInput!) {
    recordSmsConsent(input: $input) {
      granted
      mobile
      recordedAt
    }
  }
`);

const EXPORT = graphql(`
  query CandidateExport($id: ID!) {
    exportPersonalData(candidateId: $id) {
      fileName
      contentType
      generatedAt
      document
      complete
      summaryFileName
      summaryHtml
      services {
        service
        answered
        sections {
          name
          records
        }
      }
    }
  }
`);

/** A French or international mobile, as the person may type it (spaces, dots allowed). */
const MOBILE = /^(?:0[67]\d{8}|\+\d{8,15})$/;

/** The person's rights: their consent to the notice and to texts, a copy of their data, and erasure. */
export function Privacy({ candidateId }: { candidateId: string }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(CANDIDATE_PRIVACY, { variables: { id: candidateId } });
  if (loading && !data) return <Loading />;
  if (error || !data?.candidate) return <Failure retry={() => void refetch()} />;
  const { consent, smsReminders, phone } = data.candidate;
  const version = data.privacyNotice.version;
  return (
    <>
      <p>{t('candidate.privacy.intro')}</p>
      <Card title={t('candidate.privacy.notice.title')}>
        <p>
          {consent?.current
            ? t('candidate.privacy.notice.given', { when: dateTime(consent.recordedAt), version })
            : consent && !consent.granted
              ? t('candidate.privacy.notice.withdrawn', { when: dateTime(consent.recordedAt) })
              : t('candidate.privacy.notice.ask', { version })}
        </p>
        <ConsentButtons candidateId={candidateId} version={version} granted={consent?.current ?? false} />
        <p>{t('candidate.privacy.notice.effect')}</p>
      </Card>
      <Card title={t('candidate.privacy.sms.title')}>
        <SmsConsent
          candidateId={candidateId}
          granted={smsReminders?.granted ?? false}
          mobile={smsReminders?.mobile ?? phone ?? ''}
        />
      </Card>
      <Card title={t('candidate.privacy.export.title')}>
        <Export candidateId={candidateId} />
      </Card>
      <Card title={t('candidate.privacy.erase.title')}>
        <p>{t('candidate.privacy.erase.body')}</p>
        <ErasureRequest
          candidateId={candidateId}
          request={data.candidate.erasureRequest ?? null}
          onSent={() => void refetch()}
        />
      </Card>
    </>
  );
}

function ConsentButtons({
  candidateId,
  version,
  granted,
}: {
  candidateId: string;
  version: string;
  granted: boolean;
}) {
  const { t, errorText } = useI18n();
  const [record, recording] = useMutation(RECORD_CONSENT, { refetchQueries: ['CandidatePrivacy'] });
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (next: boolean) => {
    setProblem(null);
    try {
      await record({ variables: { input: { candidateId, noticeVersion: version, granted: next } } });
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <>
      {granted ? (
        <Button kind="quiet" onClick={() => void send(false)} disabled={recording.loading}>
          {t('candidate.privacy.notice.withdraw')}
        </Button>
      ) : (
        <Button onClick={() => void send(true)} disabled={recording.loading}>
          {t('candidate.privacy.notice.accept')}
        </Button>
      )}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </>
  );
}

function SmsConsent({
  candidateId,
  granted,
  mobile,
}: {
  candidateId: string;
  granted: boolean;
  mobile: string;
}) {
  const { t, errorText } = useI18n();
  const [number, setNumber] = useState(mobile);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [record, recording] = useMutation(RECORD_SMS, { refetchQueries: ['CandidatePrivacy'] });
  const compact = number.replace(/[\s.-]/g, '');
  const typed = compact && !MOBILE.test(compact) ? t('error.INVALID_MOBILE') : null;
  const send = async (next: boolean) => {
    setProblem(null);
    setSaved(null);
    try {
      await record({
        variables: { input: { candidateId, granted: next, ...(next && compact ? { mobile: compact } : {}) } },
      });
      setSaved(t(next ? 'candidate.privacy.sms.on' : 'candidate.privacy.sms.off'));
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <>
      <p>{t(granted ? 'candidate.privacy.sms.yes' : 'candidate.privacy.sms.no')}</p>
      {!granted && (
        <Field
          id="sms-mobile"
          label={t('candidate.privacy.sms.mobile')}
          hint={t('candidate.privacy.sms.hint')}
          type="tel"
          autoComplete="tel"
          value={number}
          onChange={setNumber}
          problem={typed ?? problem}
        />
      )}
      {granted ? (
        <Button kind="quiet" onClick={() => void send(false)} disabled={recording.loading}>
          {t('candidate.privacy.sms.stop')}
        </Button>
      ) : (
        <Button onClick={() => void send(true)} disabled={recording.loading || !!typed}>
          {t('candidate.privacy.sms.start')}
        </Button>
      )}
      {granted && problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
      {saved && <Notice>{saved}</Notice>}
    </>
  );
}

/** The services whose part of the copy the screen names (the archive lists them in this order). */
const SERVICES = [
  'intake',
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'notifier',
  'identity',
] as const;
type ServiceName = (typeof SERVICES)[number];
const isService = (name: string): name is ServiceName => (SERVICES as readonly string[]).includes(name);

interface Archive {
  complete: boolean;
  summaryFileName: string;
  summaryHtml: string;
  services: { service: string; answered: boolean; sections: { records: number }[] }[];
}

/**
 * A copy of everything the platform keeps (GDPR articles 15 and 20): the data file downloads at
 * once; then what each part of Passerelle put in it, a warning naming the parts that did not answer,
 * and the readable summary (HTML) to download from the same copy.
 */
function Export({ candidateId }: { candidateId: string }) {
  const { t, errorText } = useI18n();
  const [fetchExport, { loading }] = useLazyQuery(EXPORT, { fetchPolicy: 'network-only' });
  const [archive, setArchive] = useState<Archive | null>(null);
  const [summarySaved, setSummarySaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const label = (service: string) =>
    isService(service) ? t(`candidate.privacy.export.service.${service}`) : service;
  const run = async () => {
    setArchive(null);
    setSummarySaved(false);
    setProblem(null);
    try {
      const { data } = await fetchExport({ variables: { id: candidateId } });
      if (!data) throw new Error('no export');
      const file = data.exportPersonalData;
      saveFile(new Blob([file.document], { type: file.contentType }), file.fileName);
      setArchive(file);
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  const saveSummary = (copy: Archive) => {
    saveFile(new Blob([copy.summaryHtml], { type: 'text/html;charset=utf-8' }), copy.summaryFileName);
    setSummarySaved(true);
  };
  const missing = archive?.services.filter((part) => !part.answered) ?? [];
  return (
    <>
      <p>{t('candidate.privacy.export.body')}</p>
      <Button onClick={() => void run()} disabled={loading}>
        {t('candidate.privacy.export.button')}
      </Button>
      {archive && (
        <>
          <Notice>{t('candidate.privacy.export.done')}</Notice>
          {!archive.complete && (
            <p role="alert" className="failure">
              {t('candidate.privacy.export.incomplete', {
                parts: missing.map((part) => label(part.service)).join(', '),
              })}
            </p>
          )}
          <h3>{t('candidate.privacy.export.parts')}</h3>
          <ul>
            {archive.services.map((part) => (
              <li key={part.service}>
                {t('candidate.privacy.export.part', {
                  service: label(part.service),
                  what: part.answered
                    ? t('candidate.privacy.export.count', {
                        count: part.sections.reduce((sum, section) => sum + section.records, 0),
                      })
                    : t('candidate.privacy.export.partMissing'),
                })}
              </li>
            ))}
          </ul>
          <Button kind="quiet" onClick={() => saveSummary(archive)}>
            {t('candidate.privacy.export.summary')}
          </Button>
          {summarySaved && <Notice>{t('candidate.privacy.export.summaryDone')}</Notice>}
        </>
      )}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </>
  );
}

/**
 * Asking to be erased: said plainly, confirmed once, then the date the request was made and the
 * day the office answers by. The erasure itself is done by the office's team (eraseCandidate).
 */
function ErasureRequest({
  candidateId,
  request,
  onSent,
}: {
  candidateId: string;
  request: { requestedAt: string; dueBy: string } | null;
  onSent: () => void;
}) {
  const { t, dateTime, day, errorText } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [send, sending] = useMutation(REQUEST_ERASURE);
  const [problem, setProblem] = useState<string | null>(null);
  if (request)
    return (
      <Notice>
        {t('candidate.privacy.erase.requested', {
          when: dateTime(request.requestedAt),
          due: day(request.dueBy),
        })}
      </Notice>
    );
  if (!confirming)
    return (
      <Button kind="quiet" onClick={() => setConfirming(true)}>
        {t('candidate.privacy.erase.ask')}
      </Button>
    );
  const confirm = async () => {
    setProblem(null);
    try {
      await send({ variables: { id: candidateId } });
      onSent();
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <div role="group" aria-label={t('candidate.privacy.erase.confirmTitle')}>
      <p>
        <strong>{t('candidate.privacy.erase.confirmTitle')}</strong>
      </p>
      <p>{t('candidate.privacy.erase.confirmBody')}</p>
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
      <div className="actions">
        <Button onClick={() => void confirm()} disabled={sending.loading}>
          {t('candidate.privacy.erase.confirm')}
        </Button>
        <Button kind="quiet" onClick={() => setConfirming(false)}>
          {t('candidate.privacy.erase.keep')}
        </Button>
      </div>
    </div>
  );
}
