import { useQuery } from '@apollo/client/react';
import { COMMITTEE_PROGRAMMES } from './queries';
import { addMessages, useI18n } from '../i18n/i18n';
import { Link, useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Card, Failure, Loading, Page } from '../ui/ui';
import { Dashboard } from './Dashboard';
import './committee.css';
import { committeeEn, committeeFr } from './messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages(committeeFr, committeeEn);

const PROGRAMME_PATH = /^\/programmes\/([^/]+)$/;

/**
 * A committee member's console (staff representatives on the commission de suivi): their
 * sponsors' programmes, and for each the committee's dashboard, read-only. Exactly what the
 * sponsor's HR sees of it: counts only, hidden ones said so with why.
 */
export default function CommitteeApp({ accountActions, now }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const programmeId = PROGRAMME_PATH.exec(path)?.[1];
  const sections = [{ to: '/', label: t('committee.programmes'), current: !programmeId }];
  return (
    <Page title={t('committee.title')} actions={accountActions} sections={sections}>
      {programmeId ? <Dashboard programmeId={decodeURIComponent(programmeId)} now={now} /> : <Programmes />}
    </Page>
  );
}

function Programmes() {
  const { t, day } = useI18n();
  const { data, loading, error, refetch } = useQuery(COMMITTEE_PROGRAMMES);
  if (loading) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const programmes = data.programmes.nodes;
  if (!programmes.length) return <p>{t('committee.programmes.none')}</p>;
  return (
    <ul className="programme-list">
      {programmes.map((programme) => (
        <li key={programme.id}>
          <Card title={programme.name}>
            <p>
              {programme.sponsor.name} · {t(`committee.programme.status.${programme.status}`)}
            </p>
            {programme.type && programme.startDate && (
              <p className="muted">
                {t('committee.programme.facts', {
                  type: t(`committee.programme.type.${programme.type}`),
                  start: day(programme.startDate),
                  months: programme.durationMonths ?? '',
                })}
              </p>
            )}
            <Link to={`/programmes/${encodeURIComponent(programme.id)}`}>
              {t('committee.programme.open')}
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
