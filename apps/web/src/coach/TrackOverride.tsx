import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { Track } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Field, Notice } from '../ui/ui';

const OVERRIDE = graphql(`
  mutation CoachOverrideTrack($input: OverrideTrackInput!) {
    overrideTrack(input: $input) {
      id
      orientation {
        track
        source
      }
    }
  }
`);

const TRACKS: Track[] = ['DIRECT_REEMPLOYMENT', 'RETRAINING', 'BUSINESS_CREATION', 'RETIREMENT_TRANSITION'];

/** The coach changes the person's track, saying why (the rules' track stays on record). */
export function TrackOverride({ candidateId, current }: { candidateId: string; current: Track }) {
  const { t, errorText } = useI18n();
  const others = TRACKS.filter((track) => track !== current);
  const [picked, setTrack] = useState<Track>(others[0] ?? current);
  // Once the track changed, the one picked may be the person's own: fall back to the first other.
  const track = others.includes(picked) ? picked : (others[0] ?? current);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const [override, { loading, error }] = useMutation(OVERRIDE, { refetchQueries: ['CoachPersonFile'] });
  const problem = reason.trim() ? null : t('coach.override.reasonMissing');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    const result = await override({
      variables: { input: { candidateId, track, reason: reason.trim() } },
    }).catch(() => null);
    if (result?.data) {
      setReason('');
      setTouched(false);
      setDone(true);
    }
  };
  return (
    <details className="coach-override">
      <summary>{t('coach.override.open')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="override-track">{t('coach.override.track')}</label>
          <select
            id="override-track"
            value={track}
            onChange={(event) => {
              setTrack(event.target.value as Track);
              setDone(false);
            }}
          >
            {others.map((option) => (
              <option key={option} value={option}>
                {t(`coach.track.${option}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="override-reason"
          label={t('coach.override.reason')}
          hint={t('coach.override.reasonHint')}
          value={reason}
          required
          onChange={(value) => {
            setReason(value);
            setTouched(true);
            setDone(false);
          }}
          problem={touched ? problem : null}
        />
        {error && (
          <p role="alert" className="failure">
            {errorText(error)}
          </p>
        )}
        {done && <Notice>{t('coach.override.done')}</Notice>}
        <button type="submit" className="button primary" disabled={loading}>
          {t('coach.override.submit')}
        </button>
      </form>
    </details>
  );
}
