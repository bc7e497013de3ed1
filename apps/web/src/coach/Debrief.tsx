import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CoachDebriefQuery } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Link } from '../router';
import { Card, Failure, Loading, Notice } from '../ui/ui';
import { useInstrumentName } from './PersonFile';
import { personPath, usePersonName } from './people';

const DEBRIEF = graphql(`
  query CoachDebrief($id: ID!) {
    assessment(id: $id) {
      id
      instrumentCode
      status
      submittedAt
      releasedAt
      profile {
        computedAt
        riasec {
          hollandCode
          differentiation
          consistency
          tiedAtCut
          scores {
            type
            score
          }
        }
        workValues {
          top
          scores {
            code
            score
          }
        }
        skills {
          rated
          top {
            skillCode
            label
            rating
          }
        }
      }
      debrief {
        debriefedAt
        coachId
        notes
      }
    }
  }
`);

const RECORD = graphql(`
  mutation CoachRecordDebrief($input: RecordDebriefInput!) {
    recordDebrief(input: $input) {
      id
      status
      releasedAt
      debrief {
        debriefedAt
        coachId
        notes
      }
    }
  }
`);

type Profile = NonNullable<NonNullable<CoachDebriefQuery['assessment']>['profile']>;

/** The RIASEC scale: 8 to 40 per type. */
const RIASEC_MAX = 40;
const NOTES_MAX = 5000;

/** The results read with the person, the coach's notes, and the one action: release the results. */
export function Debrief({ candidateId, assessmentId }: { candidateId: string; assessmentId: string }) {
  const { t, dateTime, errorText } = useI18n();
  const instrumentName = useInstrumentName();
  const name = usePersonName(candidateId);
  const { data, loading, error, refetch } = useQuery(DEBRIEF, { variables: { id: assessmentId } });
  const [notes, setNotes] = useState('');
  const [touched, setTouched] = useState(false);
  const [record, recorded] = useMutation(RECORD);
  if (loading && !data) return <Loading />;
  if (error) return <Failure retry={() => void refetch()} />;
  const assessment = data?.assessment;
  if (!assessment) return <p>{t('coach.debrief.notFound')}</p>;
  const notesProblem =
    notes.trim().length === 0
      ? t('coach.debrief.notesMissing')
      : notes.length > NOTES_MAX
        ? t('coach.debrief.notesTooLong', { max: NOTES_MAX })
        : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (notesProblem) return;
    await record({ variables: { input: { assessmentId, notes: notes.trim() } } }).catch(() => null);
  };
  return (
    <>
      <p>
        <Link to={personPath(candidateId)}>{t('coach.debrief.back', { name: name ?? '' })}</Link>
      </p>
      <h2>
        {t('coach.debrief.of', { instrument: instrumentName(assessment.instrumentCode), name: name ?? '' })}
      </h2>
      {assessment.submittedAt && (
        <p className="muted">{t('coach.debrief.submittedAt', { when: dateTime(assessment.submittedAt) })}</p>
      )}
      {assessment.profile ? <Results profile={assessment.profile} /> : <p>{t('coach.debrief.noResults')}</p>}
      {assessment.status === 'RELEASED' && assessment.debrief ? (
        <Card title={t('coach.debrief.doneTitle')}>
          <Notice>
            {t('coach.debrief.released', {
              name: name ?? '',
              when: dateTime(assessment.releasedAt ?? assessment.debrief.debriefedAt),
            })}
          </Notice>
          {assessment.debrief.notes && (
            <>
              <h3>{t('coach.debrief.notes')}</h3>
              <p className="coach-notes">{assessment.debrief.notes}</p>
            </>
          )}
        </Card>
      ) : assessment.status === 'COMPLETED' ? (
        <Card title={t('coach.debrief.formTitle')}>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <p>{t('coach.debrief.intro')}</p>
            <div className="field">
              <label htmlFor="debrief-notes">{t('coach.debrief.notes')}</label>
              <p id="debrief-notes-hint" className="muted hint">
                {t('coach.debrief.notesHint')}
              </p>
              <textarea
                id="debrief-notes"
                rows={6}
                value={notes}
                required
                aria-invalid={touched && notesProblem ? true : undefined}
                aria-describedby={
                  touched && notesProblem ? 'debrief-notes-hint debrief-notes-problem' : 'debrief-notes-hint'
                }
                onChange={(event) => {
                  setNotes(event.target.value);
                  setTouched(true);
                }}
              />
              {touched && notesProblem && (
                <p id="debrief-notes-problem" className="failure" role="alert">
                  {notesProblem}
                </p>
              )}
            </div>
            {recorded.error && (
              <p role="alert" className="failure">
                {errorText(recorded.error)}
              </p>
            )}
            <button type="submit" className="button primary" disabled={recorded.loading}>
              {t('coach.debrief.release', { name: name ?? '' })}
            </button>
          </form>
        </Card>
      ) : (
        <p>{t('coach.debrief.notYet')}</p>
      )}
    </>
  );
}

function Results({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  return (
    <Card title={t('coach.debrief.results')}>
      {profile.riasec && (
        <>
          <h3>{t('coach.debrief.hollandCode', { code: profile.riasec.hollandCode })}</h3>
          <ul className="coach-scores">
            {profile.riasec.scores.map((score) => (
              <li key={score.type}>
                <span className="coach-score-label">{t(`coach.riasec.${score.type}` as MessageKey)}</span>
                <meter min={8} max={RIASEC_MAX} value={score.score} aria-hidden="true" />
                <span>{t('coach.debrief.score', { score: score.score, max: RIASEC_MAX })}</span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('coach.debrief.shape', {
              differentiation: profile.riasec.differentiation,
              consistency: t(`coach.consistency.${profile.riasec.consistency}` as MessageKey),
            })}
            {profile.riasec.tiedAtCut ? ` ${t('coach.debrief.tied')}` : ''}
          </p>
        </>
      )}
      {profile.workValues && (
        <>
          <h3>{t('coach.debrief.values')}</h3>
          <p>{profile.workValues.top.map((code) => t(`coach.value.${code}` as MessageKey)).join(', ')}</p>
        </>
      )}
      {profile.skills && (
        <>
          <h3>{t('coach.debrief.skills', { rated: profile.skills.rated })}</h3>
          <ul>
            {profile.skills.top.map((skill) => (
              <li key={skill.skillCode ?? skill.label}>
                {t('coach.debrief.skill', { label: skill.label, rating: skill.rating })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
