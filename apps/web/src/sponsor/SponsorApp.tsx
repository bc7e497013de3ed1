import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { addMessages, useI18n } from '../i18n/i18n';
import { Link, useRouter } from '../router';
import type { RoleAppProps } from '../shell/role-app';
import { Card, Failure, Loading, Page } from '../ui/ui';
import { Dashboard } from './Dashboard';
import './sponsor.css';
import { sponsorEn, sponsorFr } from './messages';

// This role's words, added as its bundle loads (the shell carries only the shared ones).
addMessages(sponsorFr, sponsorEn);

const SPONSOR_PROGRAMMES = graphql(`
  query SponsorProgrammes {
    programmes(first: 200) {
      nodes {
        id
        name
        status
        type
        startDate
        durationMonths
        sponsor {
          id
          name
        }
      }
    }
  }
`);

const PROGRAMME_PATH = /^\/programmes\/([^/]+)$/;

/**
 * Sponsor HR's console: their programmes, and for each a dashboard of aggregates. Nothing here can
 * name a person: the gateway only ever answers them with suppressed counts.
 */
export default function SponsorApp({ accountActions }: RoleAppProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const programmeId = PROGRAMME_PATH.exec(path)?.[1];
  const sections = [{ to: '/', label: t('sponsor.programmes'), current: !programmeId }];
  return (
    <Page title={t('sponsor.title')} actions={accountActions} sections={sections}>
      {programmeId ? <Dashboard programmeId={decodeURIComponent(programmeId)} /> : <Programmes />}
    </Page>
  );
}

function Programmes() {
  const { t, day } = useI18n();
  const { data, loading, error, refetch } = useQuery(SPONSOR_PROGRAMMES);
  if (loading) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const programmes = data.programmes.nodes;
  if (!programmes.length) return <p>{t('sponsor.programmes.none')}</p>;
  return (
    <ul className="programme-list">
      {programmes.map((programme) => (
        <li key={programme.id}>
          <Card title={programme.name}>
            <p>
              {programme.sponsor.name} · {t(`sponsor.programme.status.${programme.status}`)}
            </p>
            {programme.type && programme.startDate && (
              <p className="muted">
                {t('sponsor.programme.facts', {
                  type: t(`sponsor.programme.type.${programme.type}`),
                  start: day(programme.startDate),
                  months: programme.durationMonths ?? '',
                })}
              </p>
            )}
            <Link to={`/programmes/${encodeURIComponent(programme.id)}`}>{t('sponsor.programme.open')}</Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
