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
import {
  CV_SECTIONS,
  cvSectionLines,
  type CvContent,
  type CvLanguageLevel,
  type CvSkillSource,
} from '@passerelle/career/domain';

const CV = graphql(`
  query CoachCv($candidateId: ID!) {
    cv(candidateId: $candidateId) {
      id
      current {
        id
      }
      versions {
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
          code
          source
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

type Version = NonNullable<CoachCvQuery['cv']>['versions'][number];

/** At most this many characters in a comment (the person reads it beside their line). */
const COMMENT_MAX = 1000;

/**
 * The person's CV as it prints, with the coach's comments line by line and the PDF: the latest
 * version to comment on, or an earlier one, read-only, with the comments it had.
 */
export function CvCard({ candidateId }: { candidateId: string }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(CV, { variables: { candidateId } });
  // The version shown: the latest unless the coach picks an earlier one.
  const [picked, setPicked] = useState<string | null>(null);
  const versions = data?.cv?.versions ?? [];
  const latest = versions.find((v) => v.id === data?.cv?.current.id);
  const version = versions.find((v) => v.id === picked) ?? latest;
  const past = version !== undefined && version.id !== latest?.id;
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
          {versions.length > 1 && (
            <div className="field">
              <label htmlFor="coach-cv-version">{t('coach.cv.pick')}</label>
              <select
                id="coach-cv-version"
                className="coach-cv-pick"
                value={version.id}
                onChange={(event) => setPicked(event.target.value)}
              >
                {[...versions].reverse().map((v) => (
                  <option key={v.id} value={v.id}>
                    {t(v.id === latest?.id ? 'coach.cv.pickLatest' : 'coach.cv.pickEarlier', {
                      version: v.version,
                      comments: v.comments.length,
                    })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <p className="muted">
            {t('coach.cv.version', { version: version.version, when: dateTime(version.savedAt) })}
          </p>
          {past && latest && (
            <Notice>{t('coach.cv.earlier', { version: version.version, latest: latest.version })}</Notice>
          )}
          <PdfDownload version={version} past={past} />
          {!past && <p className="muted">{t('coach.cv.commentIntro')}</p>}
          <CvLines key={version.id} version={version} readOnly={past} />
        </>
      )}
    </Card>
  );
}

/** The version's PDF; an earlier version's button says its number. */
function PdfDownload({ version, past }: { version: Version; past: boolean }) {
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
        {past ? t('coach.cv.pdfVersion', { version: version.version }) : t('coach.cv.pdf')}
      </Button>
      {state === 'failed' && (
        <p role="alert" className="failure">
          {t('coach.cv.pdfFailed')}
        </p>
      )}
    </div>
  );
}

/** The version's lines; `readOnly` (an earlier version): its comments, no new one. */
/** A version as career's rules read it (GraphQL's enums are upper case, career's lower case). */
const contentOf = (version: Version): CvContent => ({
  identity: {
    fullName: version.identity.fullName,
    email: version.identity.email ?? null,
    phone: version.identity.phone ?? null,
    town: version.identity.town ?? null,
  },
  headline: version.headline,
  experiences: version.experiences.map((experience) => ({ ...experience, end: experience.end ?? null })),
  skills: version.skills.map((skill) => ({
    label: skill.label,
    code: skill.code ?? null,
    source: skill.source.toLowerCase() as CvSkillSource,
  })),
  trainings: version.trainings.map((training) => ({
    title: training.title,
    institution: training.institution ?? null,
    year: training.year ?? null,
  })),
  languages: version.languages.map((language) => ({
    language: language.language,
    level: language.level.toLowerCase() as CvLanguageLevel,
  })),
  interests: version.interests,
});

/**
 * The lines of each section as career numbers and quotes them (`cvSectionLines`, the rule a
 * comment's line is checked against), in print order.
 */
const sectionLines = (version: Version): [CvSection, string[]][] => {
  const content = contentOf(version);
  return CV_SECTIONS.map((section) => [section.toUpperCase() as CvSection, cvSectionLines(content, section)]);
};

function CvLines({ version, readOnly }: { version: Version; readOnly: boolean }) {
  const { t } = useI18n();
  return (
    <div className="coach-cv">
      {sectionLines(version)
        .filter(([, lines]) => lines.some((line) => line !== ''))
        .map(([section, lines]) => (
          <section key={section} aria-label={t(`coach.cv.section.${section}` as MessageKey)}>
            <h3>{t(`coach.cv.section.${section}` as MessageKey)}</h3>
            <ol className="coach-cv-lines">
              {lines.map((text, line) => (
                <CvLine
                  key={line}
                  version={version}
                  section={section}
                  line={line}
                  text={text}
                  readOnly={readOnly}
                />
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
  readOnly,
}: {
  version: Version;
  section: CvSection;
  line: number;
  text: string;
  readOnly: boolean;
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
      {!open && !readOnly && (
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
