import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { SignedInAccount } from '../shell/role-app';
import { Card, Failure, Field, Loading, Notice } from '../ui/ui';
import type { Frame } from './frame';
import { CoachAdmin, OfficeAdmin, RoomAdmin } from './DirectoryAdmin';
import { CoachForm, RoomForm, weekdaysBetween } from './OfficeForms';
import { hoursInWords, languageNames } from './words';

const OFFICES = graphql(`
  query OpsOffices {
    offices {
      id
      name
      address
      rooms {
        id
      }
      coaches {
        id
      }
    }
  }
`);

const OFFICE = graphql(`
  query OpsOffice($id: ID!) {
    office(id: $id) {
      id
      name
      address
      active
      timeZone
      openingHours {
        weekday
        start
        end
      }
      rooms {
        id
        name
        capacity
        active
      }
      coaches {
        id
        displayName
        email
        languages
        specialties
        maxCaseload
        activeCaseload
        active
      }
    }
  }
`);

const CREATE_OFFICE = graphql(`
  mutation OpsCreateOffice($input: CreateOfficeInput!) {
    createOffice(input: $input) {
      id
      name
    }
  }
`);

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The offices the member works in, with their rooms and coaches counted, and a new one. */
export function Offices({ account }: { account: SignedInAccount }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OFFICES);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  // Ops of given offices create those offices under their known ids; ops of every office, any.
  const known = new Set(data.offices.map((office) => office.id));
  const nextId = account.allOffices ? undefined : account.officeIds.find((id) => !known.has(id));
  return (
    <>
      {data.offices.length === 0 ? (
        <p>{t('ops.offices.none')}</p>
      ) : (
        <ul className="ops-list" aria-label={t('ops.offices.title')}>
          {data.offices.map((office) => (
            <li key={office.id} className="ops-row">
              <Link to={`/offices/${office.id}`}>{office.name}</Link>
              <span className="muted">{office.address}</span>
              <span>
                {t('ops.offices.counts', { rooms: office.rooms.length, coaches: office.coaches.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {account.allOffices || nextId ? (
        <NewOffice id={nextId} />
      ) : (
        <p className="muted">{t('ops.offices.allCreated')}</p>
      )}
    </>
  );
}

function NewOffice({ id }: { id?: string }) {
  const { t, errorText } = useI18n();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [opens, setOpens] = useState('09:00');
  const [closes, setCloses] = useState('18:00');
  const [tried, setTried] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_OFFICE, { refetchQueries: [OFFICES] });
  const problems = {
    name: !name.trim() ? t('ops.offices.problem.name') : null,
    address: !address.trim() ? t('ops.offices.problem.address') : null,
    hours: !TIME.test(opens) || !TIME.test(closes) || opens >= closes ? t('ops.offices.problem.hours') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    await create({
      variables: {
        input: {
          ...(id ? { id } : {}),
          name: name.trim(),
          address: address.trim(),
          timeZone: 'Europe/Paris',
          openingHours: weekdaysBetween(opens, closes),
        },
      },
    })
      .then((answer) => {
        setCreated(answer.data?.createOffice.name ?? name);
        setName('');
        setAddress('');
        setTried(false);
      })
      .catch(() => undefined);
  };
  return (
    <Card title={t('ops.offices.new')}>
      {created && <Notice>{t('ops.offices.created', { name: created })}</Notice>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          id="office-name"
          label={t('ops.offices.name')}
          value={name}
          onChange={setName}
          problem={tried || name ? problems.name : null}
          required
        />
        <Field
          id="office-address"
          label={t('ops.offices.address')}
          value={address}
          onChange={setAddress}
          problem={tried ? problems.address : null}
          required
        />
        <div className="ops-grid">
          <Field
            id="office-opens"
            label={t('ops.offices.opens')}
            value={opens}
            onChange={setOpens}
            hint={t('ops.offices.hours.hint')}
            problem={problems.hours}
          />
          <Field id="office-closes" label={t('ops.offices.closes')} value={closes} onChange={setCloses} />
        </div>
        {error && (
          <p role="alert" className="failure">
            {errorText(error)}
          </p>
        )}
        <button type="submit" className="button primary" disabled={loading}>
          {loading ? t('ops.saving') : t('ops.offices.create')}
        </button>
      </form>
    </Card>
  );
}

/** One office: its rooms and coaches, and adding either. */
export function OfficePage({ officeId, frame }: { officeId: string; frame: Frame }) {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(OFFICE, { variables: { id: officeId } });
  if (loading && !data) return frame(t('ops.office.title'), <Loading />);
  if (error || !data?.office) return frame(t('ops.office.title'), <Failure retry={() => void refetch()} />);
  const office = data.office;
  return frame(
    office.name,
    <>
      <p>
        <Link to="/offices">{t('ops.office.back')}</Link>
      </p>
      <Card title={t('ops.office.where')}>
        <p>{office.address}</p>
        <p className="muted">{t('ops.office.hours', { hours: hoursInWords(office.openingHours, t) })}</p>
        <OfficeAdmin office={office} />
      </Card>
      <Card title={t('ops.rooms.title')}>
        {office.rooms.length === 0 ? (
          <p className="muted">{t('ops.rooms.none')}</p>
        ) : (
          <ul className="ops-list">
            {office.rooms.map((room) => (
              <li key={room.id} className="ops-row">
                <span>{room.name}</span>
                <span className="muted">{t('ops.rooms.capacity', { count: room.capacity })}</span>
                <RoomAdmin room={room} />
              </li>
            ))}
          </ul>
        )}
        <RoomForm officeId={office.id} />
      </Card>
      <Card title={t('ops.coaches.title')}>
        {office.coaches.length === 0 ? (
          <p className="muted">{t('ops.coaches.none')}</p>
        ) : (
          <ul className="ops-list">
            {office.coaches.map((coach) => (
              <li key={coach.id} className="ops-row">
                <Link to={`/coaches/${coach.id}`}>{coach.displayName}</Link>
                <span className="muted">{coach.email}</span>
                <span>
                  {t('ops.coaches.load', { load: coach.activeCaseload ?? 0, max: coach.maxCaseload ?? 0 })}
                </span>
                <span className="muted">
                  {[
                    ...languageNames(coach.languages, language),
                    ...coach.specialties.map((track) => t(`ops.track.${track}`)),
                  ].join(', ')}
                </span>
                <CoachAdmin coach={coach} />
              </li>
            ))}
          </ul>
        )}
        <CoachForm officeId={office.id} />
      </Card>
    </>,
  );
}
