import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from './gql';
import type { LocalDemandFiguresInput } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Failure, Loading } from '../ui/ui';

const ZONE = graphql(`
  query CoachProjectZone($search: String!) {
    employmentZones(search: $search, limit: 1) {
      code
      label
    }
  }
`);

const MARKET = graphql(`
  query CoachProjectMarket($zoneCode: String!, $occupationCodes: [String!]) {
    labourMarket(zoneCode: $zoneCode, occupationCodes: $occupationCodes) {
      zone {
        code
        label
      }
      sourceYear
      occupations {
        occupationCodes
        projects
        hardToFill
        seasonal
      }
    }
  }
`);

export interface DemandTarget {
  occupationCode: string;
  label: string;
}

/** One target's row as shown: the figures, or none when the survey has none for it in the zone. */
interface DemandRow {
  occupationCode: string;
  projects: number;
  hardToFill: number;
  seasonal: number;
}

/** What the review form knows of matching's labour figures for the draft's targets. */
export type DemandState =
  | { kind: 'noArea' }
  | { kind: 'loading' }
  | { kind: 'failed'; retry: () => void }
  | { kind: 'noZone'; search: string }
  | { kind: 'ready'; figures: LocalDemandFiguresInput };

/**
 * The zone a project's area is in: a zone code as is (four digits), else the first zone whose
 * commune's code or name starts with the INSEE code or the place written.
 */
const zoneSearch = (area: { place: string; placeCode?: string | null } | null | undefined) =>
  area ? (area.placeCode ?? area.place).trim() : '';

/**
 * Matching's labour figures for the draft's targets in the person's employment zone, summed over
 * the BMO occupations behind each ROME code, as the review form shows them and sends them with the
 * review (career keeps what the coach saw).
 */
export function useDemandFigures(
  area: { place: string; placeCode?: string | null } | null | undefined,
  targets: readonly DemandTarget[],
): DemandState {
  const search = zoneSearch(area);
  const zoneCode = /^\d{4}$/.test(search) ? search : null;
  const zones = useQuery(ZONE, { variables: { search }, skip: zoneCode !== null || search.length < 2 });
  const found = zoneCode ?? zones.data?.employmentZones[0]?.code ?? null;
  const codes = targets.map((target) => target.occupationCode);
  const market = useQuery(MARKET, {
    variables: { zoneCode: found ?? '', occupationCodes: codes },
    skip: found === null || codes.length === 0,
  });
  if (search.length < 2 || codes.length === 0) return { kind: 'noArea' };
  if (zones.loading || market.loading) return { kind: 'loading' };
  if (zones.error) return { kind: 'failed', retry: () => void zones.refetch() };
  if (found === null) return { kind: 'noZone', search };
  if (market.error || !market.data) return { kind: 'failed', retry: () => void market.refetch() };
  const labour = market.data.labourMarket;
  const rows = codes.flatMap((code): DemandRow[] => {
    const behind = labour.occupations.filter((row) => row.occupationCodes.includes(code));
    if (behind.length === 0) return [];
    const sum = (key: 'projects' | 'hardToFill' | 'seasonal') =>
      behind.reduce((total, row) => total + row[key], 0);
    return [
      {
        occupationCode: code,
        projects: sum('projects'),
        hardToFill: sum('hardToFill'),
        seasonal: sum('seasonal'),
      },
    ];
  });
  return {
    kind: 'ready',
    figures: {
      zoneCode: labour.zone.code,
      zoneLabel: labour.zone.label,
      sourceYear: labour.sourceYear,
      targets: rows,
    },
  };
}

const percent = (part: number, whole: number) => `${whole > 0 ? Math.round((part / whole) * 100) : 0} %`;

/**
 * The figures as a table, one row per target (those the survey has no figures for said so): the
 * live ones in the review form, or those a review kept.
 */
export function DemandTable({
  figures,
  targets,
  caption,
}: {
  figures: LocalDemandFiguresInput;
  targets: readonly DemandTarget[];
  caption: string;
}) {
  const { t } = useI18n();
  // The caption sits above the scrolling part, so a phone shows it whole; it names the table.
  const captionId = useId();
  return (
    <>
      <p id={captionId} className="muted demand-caption">
        {caption}
      </p>
      <div className="market-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="demand-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('coach.market.occupation')}</th>
              <th scope="col">{t('coach.market.projects')}</th>
              <th scope="col">{t('coach.market.hard')}</th>
              <th scope="col">{t('coach.market.seasonal')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => {
              const row = figures.targets.find((r) => r.occupationCode === target.occupationCode);
              return (
                <tr key={target.occupationCode}>
                  <th scope="row">
                    {target.label} ({target.occupationCode})
                  </th>
                  {row ? (
                    <>
                      <td>{row.projects}</td>
                      <td>{percent(row.hardToFill, row.projects)}</td>
                      <td>{percent(row.seasonal, row.projects)}</td>
                    </>
                  ) : (
                    <td colSpan={3}>{t('coach.project.demand.none')}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The live figures in the review form: what will be kept with the review when it is saved. */
export function LiveDemand({ state, targets }: { state: DemandState; targets: readonly DemandTarget[] }) {
  const { t } = useI18n();
  return (
    <section className="coach-project-demand" aria-labelledby="project-demand-title">
      <h4 id="project-demand-title">{t('coach.project.demand.title')}</h4>
      {state.kind === 'noArea' ? (
        <p className="muted">{t('coach.project.demand.noArea')}</p>
      ) : state.kind === 'loading' ? (
        <Loading />
      ) : state.kind === 'failed' ? (
        <>
          <p className="muted">{t('coach.project.demand.failed')}</p>
          <Failure retry={state.retry} />
        </>
      ) : state.kind === 'noZone' ? (
        <p className="muted">{t('coach.project.demand.noZone', { place: state.search })}</p>
      ) : (
        <>
          <DemandTable
            figures={state.figures}
            targets={targets}
            caption={t('coach.project.demand.caption', {
              zone: state.figures.zoneLabel,
              year: state.figures.sourceYear,
            })}
          />
          <p className="muted">{t('coach.project.demand.kept')}</p>
        </>
      )}
    </section>
  );
}
