import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from './gql';
import type { CancelReason, Track } from './gql/graphql';
import { errorCode } from '../graphql/errors';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Failure, Field, Loading, Notice } from '../ui/ui';
import { weekdaysBetween } from './OfficeForms';

const UPDATE_OFFICE = graphql(`
  mutation OpsUpdateOffice($input: UpdateOfficeInput!) {
    updateOffice(input: $input) {
      id
      name
      address
    }
  }
`);

const UPDATE_ROOM = graphql(`
  mutation OpsUpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      id
      name
      capacity
    }
  }
`);

const UPDATE_COACH = graphql(`
  mutation OpsUpdateCoach($input: UpdateCoachInput!) {
    updateCoach(input: $input) {
      id
      displayName
      languages
      specialties
      maxCaseload
    }
  }
`);

const SET_OFFICE = graphql(`
  mutation OpsSetOfficeActive($id: ID!, $active: Boolean!) {
    deactivateOffice(id: $id) @skip(if: $active) {
      id
      active
    }
    reactivateOffice(id: $id) @include(if: $active) {
      id
      active
    }
  }
`);

const SET_ROOM = graphql(`
  mutation OpsSetRoomActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {
    deactivateRoom(id: $id, cancelRemaining: $cancel) @skip(if: $active) {
      id
      active
    }
    reactivateRoom(id: $id) @include(if: $active) {
      id
      active
    }
  }
`);

const SET_COACH = graphql(`
  mutation OpsSetCoachActive($id: ID!, $active: Boolean!, $cancel: CancelReason) {
    deactivateCoach(id: $id, cancelRemaining: $cancel) @skip(if: $active) {
      id
      active
    }
    reactivateCoach(id: $id) @include(if: $active) {
      id
      active
    }
  }
`);

const TO_MOVE = graphql(`
  query OpsSessionsToMove($input: SessionsToMoveInput!) {
    sessionsToMove(input: $input) {
      session {
        id
        kind
        startsAt
        candidateIds
      }
      freeRooms {
        id
        name
      }
      freeCoaches {
        id
        displayName
      }
      coachChangeProposal {
        status
        coach {
          displayName
        }
      }
    }
  }
`);

const MOVE_TO_ROOM = graphql(`
  mutation OpsMoveToRoom($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      id
    }
  }
`);

const PROPOSE = graphql(`
  mutation OpsProposeCoachChange($sessionId: ID!, $coachId: ID!) {
    proposeCoachChange(sessionId: $sessionId, coachId: $coachId) {
      sessionId
      status
    }
  }
`);

const TRACKS: readonly Track[] = [
  'DIRECT_REEMPLOYMENT',
  'RETRAINING',
  'BUSINESS_CREATION',
  'RETIREMENT_TRANSITION',
];
const REASONS = ['COACH_UNAVAILABLE', 'EMERGENCY', 'OTHER'] as const satisfies readonly CancelReason[];
const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A form shown on demand, closed once saved. */
function Editor({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return open ? (
    <div className="ops-subform">{children(() => setOpen(false))}</div>
  ) : (
    <button type="button" className="button quiet" onClick={() => setOpen(true)} aria-label={label}>
      {t('ops.directory.edit')}
    </button>
  );
}

function Problem({ error }: { error: unknown }) {
  const { errorText } = useI18n();
  return error ? (
    <p role="alert" className="failure">
      {errorText(error)}
    </p>
  ) : null;
}

/** The office's name, address and weekday hours; closing it once nothing in it is in service. */
export function OfficeAdmin({
  office,
}: {
  office: {
    id: string;
    name: string;
    address: string;
    active: boolean;
    openingHours: { start: string; end: string }[];
  };
}) {
  const { t } = useI18n();
  const [update, updating] = useMutation(UPDATE_OFFICE, { refetchQueries: ['OpsOffice'] });
  const [setActive, switching] = useMutation(SET_OFFICE, { refetchQueries: ['OpsOffice'] });
  const [name, setName] = useState(office.name);
  const [address, setAddress] = useState(office.address);
  const [opens, setOpens] = useState(office.openingHours[0]?.start ?? '09:00');
  const [closes, setCloses] = useState(office.openingHours[0]?.end ?? '18:00');
  const [saved, setSaved] = useState(false);
  const problems = {
    name: !name.trim() ? t('ops.offices.problem.name') : null,
    address: !address.trim() ? t('ops.offices.problem.address') : null,
    hours: !TIME.test(opens) || !TIME.test(closes) || opens >= closes ? t('ops.offices.problem.hours') : null,
  };
  return (
    <>
      {!office.active && <Notice>{t('ops.directory.office.closed')}</Notice>}
      {saved && <Notice>{t('ops.directory.saved')}</Notice>}
      <Editor label={t('ops.directory.office.edit')}>
        {(close) => (
          <form
            aria-label={t('ops.directory.office.edit')}
            noValidate
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              if (Object.values(problems).some(Boolean)) return;
              void update({
                variables: {
                  input: {
                    id: office.id,
                    name: name.trim(),
                    address: address.trim(),
                    openingHours: weekdaysBetween(opens, closes),
                  },
                },
              })
                .then(() => {
                  setSaved(true);
                  close();
                })
                .catch(() => undefined);
            }}
          >
            <Field
              id="edit-office-name"
              label={t('ops.offices.name')}
              value={name}
              onChange={setName}
              problem={problems.name}
              required
            />
            <Field
              id="edit-office-address"
              label={t('ops.offices.address')}
              value={address}
              onChange={setAddress}
              problem={problems.address}
              required
            />
            <div className="ops-grid">
              <Field
                id="edit-office-opens"
                label={t('ops.offices.opens')}
                value={opens}
                onChange={setOpens}
                hint={t('ops.offices.hours.hint')}
                problem={problems.hours}
              />
              <Field
                id="edit-office-closes"
                label={t('ops.offices.closes')}
                value={closes}
                onChange={setCloses}
              />
            </div>
            <Problem error={updating.error} />
            <button type="submit" className="button primary" disabled={updating.loading}>
              {updating.loading ? t('ops.saving') : t('ops.directory.save')}
            </button>{' '}
            <Button kind="quiet" onClick={close}>
              {t('ops.cancel')}
            </Button>
          </form>
        )}
      </Editor>{' '}
      <Button
        kind="quiet"
        disabled={switching.loading}
        onClick={() =>
          void setActive({ variables: { id: office.id, active: !office.active } }).catch(() => undefined)
        }
      >
        {office.active ? t('ops.directory.office.close') : t('ops.directory.office.reopen')}
      </Button>
      <Problem error={switching.error} />
    </>
  );
}

/** A room: its name and seats, in or out of service. */
export function RoomAdmin({
  room,
}: {
  room: { id: string; name: string; capacity: number; active: boolean };
}) {
  const { t } = useI18n();
  const [update, updating] = useMutation(UPDATE_ROOM, { refetchQueries: ['OpsOffice'] });
  const [name, setName] = useState(room.name);
  const [capacity, setCapacity] = useState(String(room.capacity));
  const problems = {
    name: !name.trim() ? t('ops.rooms.problem.name') : null,
    capacity: !(whole(capacity) >= 1) ? t('ops.rooms.problem.capacity') : null,
  };
  return (
    <div className="ops-admin">
      <Editor label={t('ops.directory.room.edit', { name: room.name })}>
        {(close) => (
          <form
            aria-label={t('ops.directory.room.edit', { name: room.name })}
            noValidate
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              if (Object.values(problems).some(Boolean)) return;
              void update({
                variables: { input: { id: room.id, name: name.trim(), capacity: whole(capacity) } },
              })
                .then(close)
                .catch(() => undefined);
            }}
          >
            <div className="ops-grid">
              <Field
                id={`room-${room.id}-name`}
                label={t('ops.rooms.name')}
                value={name}
                onChange={setName}
                problem={problems.name}
                required
              />
              <Field
                id={`room-${room.id}-capacity`}
                type="number"
                label={t('ops.rooms.capacityLabel')}
                value={capacity}
                onChange={setCapacity}
                problem={problems.capacity}
                required
              />
            </div>
            <Problem error={updating.error} />
            <button type="submit" className="button primary" disabled={updating.loading}>
              {updating.loading ? t('ops.saving') : t('ops.directory.save')}
            </button>{' '}
            <Button kind="quiet" onClick={close}>
              {t('ops.cancel')}
            </Button>
          </form>
        )}
      </Editor>
      <ServiceSwitch holder={{ roomId: room.id }} name={room.name} active={room.active} />
    </div>
  );
}

/** A consultant: name, languages, tracks and caseload; in or out of service. */
export function CoachAdmin({
  coach,
}: {
  coach: {
    id: string;
    displayName: string;
    languages: string[];
    specialties: Track[];
    maxCaseload?: number | null;
    active: boolean;
  };
}) {
  const { t } = useI18n();
  const [update, updating] = useMutation(UPDATE_COACH, { refetchQueries: ['OpsOffice'] });
  const [displayName, setDisplayName] = useState(coach.displayName);
  const [languages, setLanguages] = useState(coach.languages.join(', '));
  const [specialties, setSpecialties] = useState<Track[]>(coach.specialties);
  const [maxCaseload, setMaxCaseload] = useState(String(coach.maxCaseload ?? ''));
  const codes = languages
    .split(/[,\s]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  const problems = {
    displayName: !displayName.trim() ? t('ops.coaches.problem.name') : null,
    languages:
      codes.length === 0 || codes.some((code) => !/^[a-z]{2}$/.test(code))
        ? t('ops.coaches.problem.languages')
        : null,
    specialties: specialties.length === 0 ? t('ops.coaches.problem.specialties') : null,
    maxCaseload: !(whole(maxCaseload) >= 1) ? t('ops.coaches.problem.caseload') : null,
  };
  return (
    <div className="ops-admin">
      <Editor label={t('ops.directory.coach.edit', { name: coach.displayName })}>
        {(close) => (
          <form
            aria-label={t('ops.directory.coach.edit', { name: coach.displayName })}
            noValidate
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              if (Object.values(problems).some(Boolean)) return;
              void update({
                variables: {
                  input: {
                    id: coach.id,
                    displayName: displayName.trim(),
                    languages: codes,
                    specialties,
                    maxCaseload: whole(maxCaseload),
                  },
                },
              })
                .then(close)
                .catch(() => undefined);
            }}
          >
            <div className="ops-grid">
              <Field
                id={`coach-${coach.id}-name`}
                label={t('ops.coaches.name')}
                value={displayName}
                onChange={setDisplayName}
                problem={problems.displayName}
                required
              />
              <Field
                id={`coach-${coach.id}-languages`}
                label={t('ops.coaches.languages')}
                hint={t('ops.coaches.languages.hint')}
                value={languages}
                onChange={setLanguages}
                problem={problems.languages}
                required
              />
              <Field
                id={`coach-${coach.id}-caseload`}
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
                        event.target.checked
                          ? [...specialties, track]
                          : specialties.filter((s) => s !== track),
                      )
                    }
                  />
                  {t(`ops.track.${track}`)}
                </label>
              ))}
              {problems.specialties && (
                <p className="failure" role="alert">
                  {problems.specialties}
                </p>
              )}
            </fieldset>
            <Problem error={updating.error} />
            <button type="submit" className="button primary" disabled={updating.loading}>
              {updating.loading ? t('ops.saving') : t('ops.directory.save')}
            </button>{' '}
            <Button kind="quiet" onClick={close}>
              {t('ops.cancel')}
            </Button>
          </form>
        )}
      </Editor>
      <ServiceSwitch holder={{ coachId: coach.id }} name={coach.displayName} active={coach.active} />
    </div>
  );
}

type Holder = { roomId: string } | { coachId: string };

/**
 * Taking a room or consultant out of service: refused while appointments ahead need it, which are
 * then listed with where each could go; or, said explicitly, the rest cancelled with a reason.
 */
function ServiceSwitch({ holder, name, active }: { holder: Holder; name: string; active: boolean }) {
  const { t } = useI18n();
  const [room, coach] = [
    useMutation(SET_ROOM, { refetchQueries: ['OpsOffice'] }),
    useMutation(SET_COACH, { refetchQueries: ['OpsOffice'] }),
  ];
  const [set, state] = 'roomId' in holder ? room : coach;
  const id = 'roomId' in holder ? holder.roomId : holder.coachId;
  const [blocked, setBlocked] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const toggle = (cancel: CancelReason | null) =>
    void set({ variables: { id, active: !active, cancel } })
      .then(() => {
        setBlocked(false);
        setDone(t(active ? 'ops.directory.deactivated' : 'ops.directory.reactivated', { name }));
      })
      .catch((failure: unknown) => setBlocked(errorCode(failure) === 'FUTURE_SESSIONS_REMAIN'));
  return (
    <>
      <span className={active ? '' : 'muted'}>
        {active ? t('ops.directory.active') : t('ops.directory.inactive')}
      </span>{' '}
      <Button kind="quiet" disabled={state.loading} onClick={() => toggle(null)}>
        {active ? t('ops.directory.deactivate') : t('ops.directory.reactivate')}
      </Button>
      {done && <Notice>{done}</Notice>}
      {!blocked && <Problem error={state.error} />}
      {blocked && <SessionsToMove holder={holder} name={name} onCancelRest={toggle} busy={state.loading} />}
    </>
  );
}

function SessionsToMove({
  holder,
  name,
  onCancelRest,
  busy,
}: {
  holder: Holder;
  name: string;
  onCancelRest: (reason: CancelReason) => void;
  busy: boolean;
}) {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(TO_MOVE, { variables: { input: holder } });
  const [move, moving] = useMutation(MOVE_TO_ROOM);
  const [propose, proposing] = useMutation(PROPOSE);
  const [reason, setReason] = useState<(typeof REASONS)[number]>('COACH_UNAVAILABLE');
  const [notice, setNotice] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const after = (message: MessageKey) => () => {
    setNotice(t(message));
    void refetch();
  };
  const sessions = data.sessionsToMove;
  return (
    <section className="ops-subform" aria-label={t('ops.directory.toMove.title')}>
      <h3>{t('ops.directory.toMove.title')}</h3>
      {notice && <Notice>{notice}</Notice>}
      <p>
        {sessions.length === 0 ? t('ops.directory.toMove.none') : t('ops.directory.toMove.intro', { name })}
      </p>
      <ul className="ops-list">
        {sessions.map(({ session, freeRooms, freeCoaches, coachChangeProposal }) => (
          <li key={session.id} className="ops-row">
            <span>
              {t('ops.directory.toMove.when', {
                when: dateTime(session.startsAt),
                kind: t(`ops.directory.kind.${session.kind}`),
                people: session.candidateIds.length,
              })}
            </span>
            {'roomId' in holder ? (
              freeRooms.length === 0 ? (
                <span className="muted">{t('ops.directory.toMove.noRoom')}</span>
              ) : (
                freeRooms.map((room) => (
                  <Button
                    key={room.id}
                    kind="quiet"
                    disabled={moving.loading}
                    onClick={() =>
                      void move({
                        variables: {
                          input: { sessionId: session.id, startsAt: session.startsAt, roomId: room.id },
                        },
                      })
                        .then(after('ops.directory.toMove.moved'))
                        .catch(() => undefined)
                    }
                  >
                    {t('ops.directory.toMove.toRoom', { name: room.name })}
                  </Button>
                ))
              )
            ) : session.kind === 'GROUP_WORKSHOP' ? (
              <span className="muted">{t('ops.directory.toMove.workshop')}</span>
            ) : (
              <>
                {coachChangeProposal && (
                  <span>
                    {t(`ops.directory.proposal.${coachChangeProposal.status}`, {
                      name: coachChangeProposal.coach.displayName,
                    })}
                  </span>
                )}
                {coachChangeProposal?.status === 'PENDING' ? null : freeCoaches.length === 0 ? (
                  <span className="muted">{t('ops.directory.toMove.noCoach')}</span>
                ) : (
                  freeCoaches.map((other) => (
                    <Button
                      key={other.id}
                      kind="quiet"
                      disabled={proposing.loading}
                      onClick={() =>
                        void propose({ variables: { sessionId: session.id, coachId: other.id } })
                          .then(after('ops.directory.toMove.proposed'))
                          .catch(() => undefined)
                      }
                    >
                      {t('ops.directory.toMove.propose', { name: other.displayName })}
                    </Button>
                  ))
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <Problem error={moving.error ?? proposing.error} />
      {sessions.length > 0 && (
        <fieldset className="ops-fieldset">
          <legend>{t('ops.directory.cancelRest.title')}</legend>
          <p>{t('ops.directory.cancelRest.intro', { name })}</p>
          <label htmlFor={`cancel-reason-${'roomId' in holder ? holder.roomId : holder.coachId}`}>
            {t('ops.directory.cancelRest.reason')}
          </label>{' '}
          <select
            id={`cancel-reason-${'roomId' in holder ? holder.roomId : holder.coachId}`}
            value={reason}
            onChange={(event) => setReason(event.target.value as (typeof REASONS)[number])}
          >
            {REASONS.map((code) => (
              <option key={code} value={code}>
                {t(`ops.directory.reason.${code}`)}
              </option>
            ))}
          </select>{' '}
          <Button kind="quiet" disabled={busy} onClick={() => onCancelRest(reason)}>
            {t('ops.directory.cancelRest.confirm', { count: sessions.length })}
          </Button>
        </fieldset>
      )}
    </section>
  );
}
