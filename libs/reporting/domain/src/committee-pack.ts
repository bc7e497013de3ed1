import type { OutcomeCategory } from '@passerelle/shared/contracts';
import type { ShownCount, Suppression } from '@passerelle/shared/disclosure';
import type { CommitteeDashboard, ShownAverage } from './committee-dashboard';
import type { CommitteeStatus, Dimension } from './facts';

/** A cell of the pack: a number, a label, a hidden figure (with why), or nothing to say. */
export type PackCell = number | string | { hidden: Suppression } | null;

/** One table of the committee pack: a PDF section and an XLSX sheet (its name, 31 characters at most). */
export interface PackTable {
  sheet: string;
  title: string;
  columns: string[];
  rows: PackCell[][];
}

/** How the pack writes a hidden figure, and why it is hidden (French: the commission's language). */
export const HIDDEN_TEXT = 'Masqué';
export function hiddenReason(reason: Suppression, k: number): string {
  switch (reason) {
    case 'small_population':
      return `moins de ${k} personnes dans le tableau, la ligne ou la colonne`;
    case 'primary':
      return `petit groupe (moins de ${k} personnes)`;
    case 'complementary':
      return 'petit groupe (masqué pour protéger un autre chiffre)';
  }
}

export const STATUS_LABELS: Record<CommitteeStatus, string> = {
  in_accompaniment: 'En accompagnement',
  paused: 'En pause',
  placed: 'Reclassés',
  exited: 'Sortis',
};

export const OUTCOME_LABELS: Record<OutcomeCategory, string> = {
  permanent_contract: 'CDI',
  fixed_term_6_months_or_more: 'CDD ou intérim de 6 mois ou plus',
  short_fixed_term_or_temporary: 'CDD ou intérim de moins de 6 mois',
  business_creation: "Création ou reprise d'entreprise",
  training: 'Formation',
  retirement: 'Retraite',
  other: 'Autre',
  still_searching: 'En recherche',
};

const DIMENSION_TITLES: Record<Dimension, { sheet: string; title: string; column: string }> = {
  site: { sheet: 'Par site', title: 'Par site', column: 'Site' },
  ageBand: { sheet: "Par tranche d'âge", title: "Par tranche d'âge", column: "Tranche d'âge" },
  sex: { sheet: 'Par sexe', title: 'Par sexe', column: 'Sexe' },
  socioProfessionalCategory: {
    sheet: 'Par CSP',
    title: 'Par catégorie socio-professionnelle',
    column: 'Catégorie',
  },
};

const OFFER_LABELS = {
  accepted: 'Acceptées',
  refused: 'Refusées',
  pending: 'En attente de réponse',
} as const;

const shown = (cell: ShownCount): PackCell =>
  cell.suppressed !== null ? { hidden: cell.suppressed } : cell.count;
const average = (cell: ShownAverage): PackCell =>
  cell.suppressed !== null ? { hidden: cell.suppressed } : cell.value;

/**
 * The committee pack's tables, laid out from the dashboard's own figures (never computed again):
 * the same tables for the PDF and the XLSX, hidden figures kept hidden with their reason.
 */
export function committeePackTables(dashboard: CommitteeDashboard): PackTable[] {
  const statuses = dashboard.statuses.map((cell) => [STATUS_LABELS[cell.status], shown(cell)]);
  const tables: PackTable[] = [
    {
      sheet: 'Effectifs',
      title: 'Effectifs',
      columns: ['Indicateur', 'Personnes'],
      rows: [
        ['Personnes concernées (effectif du plan)', dashboard.peopleConcerned],
        ['Adhérents', shown(dashboard.adhering)],
        ...statuses,
      ],
    },
    {
      sheet: 'Solutions',
      title: 'Solutions par catégorie et objectifs',
      columns: ['Catégorie', 'Personnes', 'Objectif (%)', 'Objectif (personnes)'],
      rows: [
        ...dashboard.outcomes.map((cell) => [
          OUTCOME_LABELS[cell.category],
          shown(cell),
          cell.targetPercent,
          cell.targetPeople,
        ]),
        ['Sans solution pour le moment', shown(dashboard.withoutOutcome), null, null],
        ['Total avec une solution', shown(dashboard.outcomesTotal), null, null],
      ],
    },
    {
      sheet: 'OVE',
      title: "Offres valables d'emploi (OVE)",
      columns: ['Indicateur', 'Nombre'],
      rows: [
        ['Proposées', shown(dashboard.offers.proposed)],
        ...dashboard.offers.decisions.map((cell) => [OFFER_LABELS[cell.decision], shown(cell)]),
        ['Par personne adhérente', average(dashboard.offers.perPerson)],
      ],
    },
    {
      sheet: 'Accompagnement',
      title: "Qualité de l'accompagnement",
      columns: ['Indicateur', 'Valeur'],
      rows: [
        ["Jours de l'adhésion au premier rendez-vous (moyenne)", average(dashboard.daysToFirstMeeting)],
        ['Rendez-vous par personne et par mois', average(dashboard.sessionsPerPersonPerMonth)],
      ],
    },
    ...dashboard.breakdowns.map((breakdown): PackTable => {
      const names = DIMENSION_TITLES[breakdown.dimension];
      const totals = new Map(breakdown.columnTotals.map((cell) => [cell.status, cell]));
      return {
        sheet: names.sheet,
        title: names.title,
        columns: [names.column, ...dashboard.statuses.map((cell) => STATUS_LABELS[cell.status]), 'Total'],
        rows: [
          ...breakdown.rows.map((row) => [
            row.label ?? 'Non renseigné',
            ...row.cells.map(shown),
            shown(row.total),
          ]),
          ...(breakdown.rows.length > 1
            ? [
                [
                  'Total',
                  ...dashboard.statuses.map((cell) => {
                    const total = totals.get(cell.status);
                    return total ? shown(total) : null;
                  }),
                  shown(breakdown.total),
                ],
              ]
            : []),
        ],
      };
    }),
    {
      sheet: 'Par mois',
      title: 'Mois par mois',
      columns: ['Mois', 'Adhésions', 'Premiers rendez-vous', 'Solutions enregistrées', 'Départs'],
      rows: dashboard.months.map((row) => [row.month, ...row.cells.map(shown)]),
    },
  ];
  return tables;
}

/** The hidden cells of a table, for the notes under it: each reason once. */
export function hiddenReasons(table: PackTable): Suppression[] {
  const reasons = new Set<Suppression>();
  for (const row of table.rows)
    for (const cell of row) if (cell !== null && typeof cell === 'object') reasons.add(cell.hidden);
  return [...reasons];
}
