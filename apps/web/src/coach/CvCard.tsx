import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSession } from '../auth/session';
import { graphql } from './gql';
import type { CoachCvQuery, CvSection } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { saveFile } from '../ui/save-file';
import { TextArea } from './TextArea';
import { cvLines, FRENCH_CV_WORDS } from './cv-lines';

const CV = graphql(`
  query CoachCv($candidateId: ID!) {
    cv(candidateId: $candidateId) {
      id
      current {
        id
        version
        savedAt
        identity {
          fullName
          email
          phone
          town
        }
        headline
        experiences {
          employer
          jobTitle
          start
          end
          lines
        }
        skills {
          label
        }
        trainings {
          title
          institution
          year
        }
        languages {
          language
          level
        }
        interests
        comments {
          id
          section
          line
          quotedLine
          text
          createdAt
          resolvedAt
        }
        pdfPath
      }
    }
  }
`);

const COMMENT = graphql(`
  mutation CoachCommentCvLine($input: CommentCvLineInput!) {
    commentCvLine(input: $input) {
      id
    }
  }
`);

type Version = NonNullable<CoachCvQuery['cv']>['current'];

/** At most this many characters in a comment (the person reads it beside their line). */
const COMMENT_MAX = 1000;

/** The person's latest CV, read-only, with the coach's comments line by line and the PDF. */
export function CvCard({ candidateId }: { candidateId: string }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(CV, { variables: { candidateId } });
  const version = data?.cv?.current;
  return (
    <Card title={t('coach.cv.title')}>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <Failure retry={() => void refetch()} />
      ) : !version ? (
        <p>{t('coach.cv.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('coach.cv.version', { version: version.version, when: dateTime(version.savedAt) })}
          </p>
          <PdfDownload version={version} />
          <p className="muted">{t('coach.cv.commentIntro')}</p>
          <CvLines version={version} />
        </>
      )}
    </Card>
  );
}

function PdfDownload({ version }: { version: Version }) {
  const { t } = useI18n();
  const session = useSession();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const token = await session.accessToken();
      const response = await fetch(version.pdfPath, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`cv: ${response.status}`);
      saveFile(await response.blob(), `cv-v${version.version}.pdf`);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="coach-actions">
      <Button kind="quiet" onClick={() => void download()} disabled={state === 'busy'}>
        {t('coach.cv.pdf')}
      </Button>
      {state === 'failed' && (
        <p role="alert" className="failure">
          {t('coach.cv.pdfFailed')}
        </p>
      )}
    </div>
  );
}

function CvLines({ version }: { version: Version }) {
  const { t } = useI18n();
  return (
    <div className="coach-cv">
      {cvLines(version, FRENCH_CV_WORDS)
        .filter(([, lines]) => lines.some((line) => line !== ''))
        .map(([section, lines]) => (
          <section key={section} aria-label={t(`coach.cv.section.${section}` as MessageKey)}>
            <h3>{t(`coach.cv.section.${section}` as MessageKey)}</h3>
            <ol className="coach-cv-lines">
              {lines.map((text, line) => (
                <CvLine key={line} version={version} section={section} line={line} text={text} />
              ))}
            </ol>
          </section>
        ))}
    </div>
  );
}

function CvLine({
  version,
  section,
  line,
  text,
}: {
  version: Version;
  section: CvSection;
  line: number;
  text: string;
}) {
  const { t, dateTime, errorText } = useI18n();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const [send, { loading, error }] = useMutation(COMMENT, {
    refetchQueries: ['CoachCv'],
    awaitRefetchQueries: true,
  });
  const comments = version.comments.filter((c) => c.section === section && c.line === line);
  const id = `cv-${section.toLowerCase()}-${line}`;
  const problem = !comment.trim()
    ? t('coach.cv.problem.empty')
    : comment.length > COMMENT_MAX
      ? t('coach.cv.problem.long', { max: COMMENT_MAX })
      : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    await send({ variables: { input: { versionId: version.id, section, line, text: comment.trim() } } })
      .then(() => {
        setOpen(false);
        setComment('');
        setTried(false);
        setDone(true);
      })
      .catch(() => undefined);
  };
  return (
    <li>
      <span className="coach-cv-text">{text}</span>{' '}
      {!open && (
        <button
          type="button"
          className="button quiet"
          aria-label={t('coach.cv.commentLine', { line: text })}
          onClick={() => {
            setOpen(true);
            setDone(false);
          }}
        >
          {t('coach.cv.comment')}
        </button>
      )}
      {comments.length > 0 && (
        <ul className="coach-cv-comments">
          {comments.map((c) => (
            <li key={c.id}>
              {c.text}{' '}
              <span className="muted">
                {c.resolvedAt
                  ? t('coach.cv.resolved', { when: dateTime(c.resolvedAt) })
                  : t('coach.cv.commentedAt', { when: dateTime(c.createdAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {done && <Notice>{t('coach.cv.commented')}</Notice>}
      {open && (
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t('coach.cv.commentLine', { line: text })}
        >
          <TextArea
            id={id}
            label={t('coach.cv.yourComment')}
            hint={t('coach.cv.commentHint')}
            value={comment}
            onChange={setComment}
            problem={tried || comment.length > COMMENT_MAX ? problem : null}
          />
          <div className="coach-actions">
            <button type="submit" className="button primary" disabled={loading}>
              {t('coach.cv.send')}
            </button>
            <Button kind="quiet" onClick={() => setOpen(false)}>
              {t('coach.common.cancel')}
            </Button>
          </div>
          {error && (
            <p role="alert" className="failure">
              {errorText(error)}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
