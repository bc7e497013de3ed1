import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Failure, Field, Loading, Notice } from '../ui/ui';

const ZONES = graphql(`
  query CoachEmploymentZones($search: String!) {
    employmentZones(search: $search) {
      code
      label
      departmentCodes
    }
  }
`);

const MARKET = graphql(`
  query CoachLabourMarket($zoneCode: String!) {
    labourMarket(zoneCode: $zoneCode) {
      zone {
        code
        label
        departmentCodes
      }
      namedShare
      projects
      occupations {
        familyCode
        label
        projects
        hardToFill
        hardToFillShare
        seasonal
        seasonalShare
        maskedRows
      }
    }
  }
`);

export const labourMarketPath = (zoneCode?: string) =>
  zoneCode ? `/labour-market/${encodeURIComponent(zoneCode)}` : '/labour-market';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * Where people are hired, zone by zone: a commune or zone is searched, then the zone's occupations
 * with the most recruitment projects are drawn as a table with bars (the chart is the table), with
 * the share employers find hard to fill and the seasonal share.
 */
export function LabourMarket({ zoneCode }: { zoneCode: string | null }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const problem = search !== null && search.length < 2 ? t('coach.market.searchTooShort') : null;
  const zones = useQuery(ZONES, {
    variables: { search: search ?? '' },
    skip: search === null || search.length < 2,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  return (
    <>
      <p>{t('coach.market.intro')}</p>
      <form className="coach-inline-form" role="search" onSubmit={submit} noValidate>
        <Field
          id="market-search"
          label={t('coach.market.search')}
          hint={t('coach.market.searchHint')}
          type="search"
          value={typed}
          onChange={setTyped}
          problem={problem}
        />
        <div className="coach-actions">
          <button type="submit" className="button primary">
            {t('coach.market.find')}
          </button>
        </div>
      </form>
      {search !== null && !problem && (
        <section aria-live="polite" aria-label={t('coach.market.zonesFound')}>
          {zones.loading ? (
            <Loading />
          ) : zones.error ? (
            <Failure retry={() => void zones.refetch()} />
          ) : zones.data?.employmentZones.length ? (
            <ul className="coach-list market-zones">
              {zones.data.employmentZones.map((zone) => (
                <li key={zone.code}>
                  <Link to={labourMarketPath(zone.code)} current={zone.code === zoneCode}>
                    {t('coach.market.zoneName', {
                      label: zone.label,
                      departments: zone.departmentCodes.join(', '),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('coach.market.noZone')}</p>
          )}
        </section>
      )}
      {zoneCode && <ZoneMarket zoneCode={zoneCode} />}
    </>
  );
}

function ZoneMarket({ zoneCode }: { zoneCode: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MARKET, { variables: { zoneCode } });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const market = data.labourMarket;
  const largest = Math.max(1, ...market.occupations.map((row) => row.projects));
  const masked = market.occupations.some((row) => row.maskedRows > 0);
  return (
    <section className="card market" aria-labelledby="market-zone">
      <h2 id="market-zone">
        {t('coach.market.zoneName', {
          label: market.zone.label,
          departments: market.zone.departmentCodes.join(', '),
        })}
      </h2>
      <p>{t('coach.market.total', { projects: market.projects })}</p>
      <Notice>{t('coach.market.estimate', { named: Math.round(market.namedShare * 100) })}</Notice>
      {/* Scrolls sideways on a narrow phone: focusable, so the keyboard can scroll it too. */}
      <div className="market-scroll" role="region" aria-label={t('coach.market.caption')} tabIndex={0}>
        <table className="market-table">
          <caption>{t('coach.market.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coach.market.occupation')}</th>
              <th scope="col">{t('coach.market.projects')}</th>
              <th scope="col">{t('coach.market.hard')}</th>
              <th scope="col">{t('coach.market.seasonal')}</th>
            </tr>
          </thead>
          <tbody>
            {market.occupations.map((row) => (
              <tr key={row.familyCode}>
                <th scope="row">{row.label}</th>
                <td>
                  <span className="bar-cell">
                    {row.projects > 0 && (
                      <span
                        className="count-bar"
                        style={{ width: `${(row.projects / largest) * 85}%` }}
                        aria-hidden="true"
                      />
                    )}
                    <span className="value">
                      {row.projects}
                      {row.maskedRows > 0 ? ' *' : ''}
                    </span>
                  </span>
                </td>
                <td>{percent(row.hardToFillShare)}</td>
                <td>{percent(row.seasonalShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {masked && <p className="muted">{t('coach.market.masked')}</p>}
      <p className="muted">{t('coach.market.source')}</p>
    </section>
  );
}
