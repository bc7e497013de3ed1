import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { Track } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Field, Notice } from '../ui/ui';

const CREATE_ROOM = graphql(`
  mutation OpsCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
      name
    }
  }
`);

const CREATE_COACH = graphql(`
  mutation OpsCreateCoach($input: CreateCoachInput!) {
    createCoach(input: $input) {
      id
      displayName
    }
  }
`);

/** Monday to Friday between two times: how most offices open, and what the forms offer. */
export const weekdaysBetween = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

const TRACKS: readonly Track[] = [
  'DIRECT_REEMPLOYMENT',
  'RETRAINING',
  'BUSINESS_CREATION',
  'RETIREMENT_TRANSITION',
];
const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);

export function RoomForm({ officeId }: { officeId: string }) {
  const { t, errorText } = useI18n();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('');
  const [tried, setTried] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_ROOM, { refetchQueries: ['OpsOffice'] });
  const problems = {
    name: !name.trim() ? t('ops.rooms.problem.name') : null,
    capacity: !(whole(capacity) >= 1) ? t('ops.rooms.problem.capacity') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    await create({ variables: { input: { officeId, name: name.trim(), capacity: whole(capacity) } } })
      .then(() => {
        setCreated(name.trim());
        setName('');
        setCapacity('');
        setTried(false);
      })
      .catch(() => undefined);
  };
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('ops.rooms.new')}
      className="ops-subform"
    >
      <h3>{t('ops.rooms.new')}</h3>
      {created && <Notice>{t('ops.rooms.created', { name: created })}</Notice>}
      <div className="ops-grid">
        <Field
          id="room-name"
          label={t('ops.rooms.name')}
          value={name}
          onChange={setName}
          problem={tried ? problems.name : null}
          required
        />
        <Field
          id="room-capacity"
          type="number"
          label={t('ops.rooms.capacityLabel')}
          value={capacity}
          onChange={setCapacity}
          problem={tried || capacity ? problems.capacity : null}
          required
        />
      </div>
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={loading}>
        {loading ? t('ops.saving') : t('ops.rooms.create')}
      </button>
    </form>
  );
}

export function CoachForm({ officeId }: { officeId: string }) {
  const { t, errorText } = useI18n();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [languages, setLanguages] = useState('fr');
  const [specialties, setSpecialties] = useState<Track[]>(['DIRECT_REEMPLOYMENT']);
  const [maxCaseload, setMaxCaseload] = useState('40');
  const [tried, setTried] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_COACH, { refetchQueries: ['OpsOffice'] });
  const codes = languages
    .split(/[,\s]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  const problems = {
    displayName: !displayName.trim() ? t('ops.coaches.problem.name') : null,
    email: !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? t('ops.coaches.problem.email') : null,
    languages:
      codes.length === 0 || codes.some((code) => !/^[a-z]{2}$/.test(code))
        ? t('ops.coaches.problem.languages')
        : null,
    specialties: specialties.length === 0 ? t('ops.coaches.problem.specialties') : null,
    maxCaseload: !(whole(maxCaseload) >= 1) ? t('ops.coaches.problem.caseload') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    await create({
      variables: {
        input: {
          displayName: displayName.trim(),
          email: email.trim(),
          officeIds: [officeId],
          languages: codes,
          specialties,
          maxCaseload: whole(maxCaseload),
          weeklyHours: weekdaysBetween('09:00', '17:00'),
        },
      },
    })
      .then(() => {
        setCreated(displayName.trim());
        setDisplayName('');
        setEmail('');
        setTried(false);
      })
      .catch(() => undefined);
  };
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('ops.coaches.new')}
      className="ops-subform"
    >
      <h3>{t('ops.coaches.new')}</h3>
      {created && <Notice>{t('ops.coaches.created', { name: created })}</Notice>}
      <div className="ops-grid">
        <Field
          id="coach-name"
          label={t('ops.coaches.name')}
          value={displayName}
          onChange={setDisplayName}
          problem={tried ? problems.displayName : null}
          required
        />
        <Field
          id="coach-email"
          type="email"
          label={t('ops.coaches.email')}
          hint={t('ops.coaches.email.hint')}
          value={email}
          onChange={setEmail}
          problem={tried || email ? problems.email : null}
          required
        />
        <Field
          id="coach-languages"
          label={t('ops.coaches.languages')}
          hint={t('ops.coaches.languages.hint')}
          value={languages}
          onChange={setLanguages}
          problem={problems.languages}
          required
        />
        <Field
          id="coach-caseload"
          type="number"
          label={t('ops.coaches.caseload')}
          value={maxCaseload}
          onChange={setMaxCaseload}
          problem={problems.maxCaseload}
          required
        />
      </div>
      <fieldset className="ops-fieldset">
        <legend>{t('ops.coaches.specialties')}</legend>
        {TRACKS.map((track) => (
          <label key={track} className="option">
            <input
              type="checkbox"
              checked={specialties.includes(track)}
              onChange={(event) =>
                setSpecialties(
                  event.target.checked ? [...specialties, track] : specialties.filter((s) => s !== track),
                )
              }
            />
            {t(`ops.track.${track}`)}
          </label>
        ))}
        {tried && problems.specialties && (
          <p className="failure" role="alert">
            {problems.specialties}
          </p>
        )}
      </fieldset>
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={loading}>
        {loading ? t('ops.saving') : t('ops.coaches.create')}
      </button>
    </form>
  );
}
