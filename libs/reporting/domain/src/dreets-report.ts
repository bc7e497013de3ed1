import type { OutcomeCategory, ProgrammeType } from '@passerelle/shared/contracts';
import { resolveK, suppressList, suppressTable, type ShownCount } from '@passerelle/shared/disclosure';
import { hiddenAsSmall } from './committee-dashboard';
import { OUTCOME_LABELS, type PackCell, type PackTable } from './committee-pack';
import {
  DREETS_EMPLOYER_ITEMS,
  DREETS_NO_OUTCOME_LABEL,
  DREETS_OUTCOME_CATEGORIES,
  DREETS_OUTCOME_MAPPING,
  type DreetsOutcomeCategory,
} from './dreets-report-categories';
import {
  firstMeetingAt,
  outcomeAt,
  type OfferDecision,
  type PersonFacts,
  type ProgrammeFacts,
} from './facts';

/** The programme's terms the report prints (null where the read model has not had them yet). */
export interface DreetsProgrammeTerms extends ProgrammeFacts {
  type: ProgrammeType | null;
  /** yyyy-mm-dd. */
  startDate: string | null;
  durationMonths: number | null;
}

/** What the read model knows of a person's accompaniment besides PersonFacts (by their key). */
export interface DreetsJourney {
  diagnosedAt: Date | null;
  /** Assessments completed (a count the read model keeps without dates: as of the report's making). */
  assessmentsCompleted: number;
}

/** A report category, or `none`: no outcome recorded by the date. */
export type DreetsOutcomeKey = DreetsOutcomeCategory | 'none';
export const DREETS_OUTCOME_KEYS: readonly DreetsOutcomeKey[] = [
  ...DREETS_OUTCOME_CATEGORIES.map((category) => category.code),
  'none',
];

export interface DreetsOutcomeList {
  cells: (ShownCount & { category: DreetsOutcomeKey })[];
  /** The people adhering by the end of the programme (the cohort both dates count). */
  total: ShownCount;
}

export const DREETS_DIMENSIONS = ['ageBand', 'sex'] as const;
export type DreetsDimension = (typeof DREETS_DIMENSIONS)[number];

export interface DreetsBreakdown {
  dimension: DreetsDimension;
  /** `end`: at the end of the programme (asOf); `followUp`: at the follow-up date. */
  at: 'end' | 'followUp';
  rows: { label: string | null; cells: (ShownCount & { category: DreetsOutcomeKey })[]; total: ShownCount }[];
  /** Empty for a one-row table (its cells say it). */
  columnTotals: (ShownCount & { category: DreetsOutcomeKey })[];
  total: ShownCount;
}

/** The bilan of a programme for the DREETS: aggregates only, every count through the one suppression rule. */
export interface DreetsReport {
  k: number;
  /** The end of the programme the report is made at (its figures are what was true then). */
  asOf: Date;
  /** The follow-up date the outcomes are counted again at (on or after `asOf`). */
  followUp: Date;
  programme: {
    programmeId: string;
    type: ProgrammeType | null;
    startDate: string | null;
    /** The start plus the contracted duration, yyyy-mm-dd. */
    plannedEndDate: string | null;
    headcount: number;
  };
  measures: {
    /** People who adhered (enrolled) by `asOf`. */
    adhering: ShownCount;
    firstMeeting: ShownCount;
    diagnosed: ShownCount;
    withAssessment: ShownCount;
    withOffer: ShownCount;
    offers: Record<'proposed' | OfferDecision, ShownCount>;
  };
  outcomesAtEnd: DreetsOutcomeList;
  outcomesAtFollowUp: DreetsOutcomeList;
  breakdowns: DreetsBreakdown[];
}

const OFFER_DECISIONS: readonly OfferDecision[] = ['accepted', 'refused', 'pending'];

/** The report's category of a platform outcome: the one data table (dreets-report-categories.ts). */
export function dreetsCategoryOf(outcome: OutcomeCategory | null): DreetsOutcomeKey {
  return outcome === null ? 'none' : DREETS_OUTCOME_MAPPING[outcome].category;
}

/** yyyy-mm-dd of a start date plus whole months (the last day of a shorter month when it overflows). */
export function plannedEndDate(startDate: string, months: number): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The DREETS report's figures for a programme: the measures used by the people who adhered by the
 * end of the programme (`asOf`), and their outcomes in the report's categories at `asOf` and at the
 * follow-up date, in all and by age band and sex. Later facts are left out of each date's figures;
 * every count goes through `suppressList` or `suppressTable` (k of at least 5, complementary
 * suppression), and a programme of 1 to k-1 people shows nothing at all.
 */
export function dreetsReport(input: {
  programme: DreetsProgrammeTerms;
  people: readonly PersonFacts[];
  journeys: ReadonlyMap<string, DreetsJourney>;
  asOf: Date;
  followUp: Date;
  k?: number | null;
}): DreetsReport {
  const { programme, asOf, followUp, journeys } = input;
  if (followUp < asOf) throw new RangeError('the follow-up date must not be before the end date');
  const k = resolveK(input.k);
  const people = input.people.filter((person) => person.enrolledAt <= asOf);
  const n = people.length;
  const among = (test: (person: PersonFacts) => boolean): ShownCount => {
    const yes = people.filter(test).length;
    // With the "no" beside it: a hidden "yes" cannot be worked out from the total of adhering people.
    const list = suppressList(
      [
        { key: 'yes', count: yes },
        { key: 'no', count: n - yes },
      ],
      { k },
    );
    const cell = list.cells[0];
    return cell
      ? { count: cell.count, suppressed: cell.suppressed }
      : { count: null, suppressed: 'small_population' };
  };

  const offers = people.flatMap((person) =>
    person.offers
      .filter((offer) => offer.loggedAt <= asOf)
      .map((offer) => ({
        person,
        decision: offer.decidedAt && offer.decidedAt <= asOf ? offer.decision : ('pending' as const),
      })),
  );
  const offerList = suppressList(
    OFFER_DECISIONS.map((decision) => {
      const made = offers.filter((offer) => offer.decision === decision);
      return { key: decision, count: made.length, people: new Set(made.map((offer) => offer.person)).size };
    }),
    { k, people: new Set(offers.map((offer) => offer.person)).size },
  );
  const offered = new Set(offers.map((offer) => offer.person));
  const offerCell = (decision: OfferDecision): ShownCount => {
    const cell = offerList.cells.find((shown) => shown.key === decision);
    return cell ? { count: cell.count, suppressed: cell.suppressed } : offerList.total;
  };

  const categoryAt = (date: Date) =>
    new Map(people.map((person) => [person, dreetsCategoryOf(outcomeAt(person, date))]));
  const atEnd = categoryAt(asOf);
  const atFollowUp = categoryAt(followUp);

  const report: DreetsReport = {
    k,
    asOf,
    followUp,
    programme: {
      programmeId: programme.programmeId,
      type: programme.type,
      startDate: programme.startDate,
      plannedEndDate:
        programme.startDate && programme.durationMonths
          ? plannedEndDate(programme.startDate, programme.durationMonths)
          : null,
      headcount: programme.headcount,
    },
    measures: {
      adhering: suppressList([{ key: 'adhering', count: n }], { k }).total,
      firstMeeting: among((person) => firstMeetingAt(person, asOf) !== null),
      diagnosed: among((person) => {
        const diagnosedAt = journeys.get(person.key)?.diagnosedAt ?? null;
        return diagnosedAt !== null && diagnosedAt <= asOf;
      }),
      withAssessment: among((person) => (journeys.get(person.key)?.assessmentsCompleted ?? 0) > 0),
      withOffer: among((person) => offered.has(person)),
      offers: {
        proposed: offerList.total,
        accepted: offerCell('accepted'),
        refused: offerCell('refused'),
        pending: offerCell('pending'),
      },
    },
    outcomesAtEnd: outcomeList(people, atEnd, k),
    outcomesAtFollowUp: outcomeList(people, atFollowUp, k),
    breakdowns: DREETS_DIMENSIONS.flatMap((dimension) => [
      breakdown(dimension, 'end', people, atEnd, k),
      breakdown(dimension, 'followUp', people, atFollowUp, k),
    ]),
  };
  // A programme of 1 to k-1 people shows nothing: even its zeros would describe each of them.
  return n > 0 && n < k ? hiddenAsSmall(report) : report;
}

function outcomeList(
  people: readonly PersonFacts[],
  categoryOf: ReadonlyMap<PersonFacts, DreetsOutcomeKey>,
  k: number,
): DreetsOutcomeList {
  const list = suppressList(
    DREETS_OUTCOME_KEYS.map((key) => ({
      key,
      count: people.filter((person) => categoryOf.get(person) === key).length,
    })),
    { k },
  );
  return {
    cells: list.cells.map(({ key, ...shown }) => ({ category: key, ...shown })),
    total: list.total,
  };
}

const HIDDEN: ShownCount = { count: null, suppressed: 'small_population' };

function breakdown(
  dimension: DreetsDimension,
  at: DreetsBreakdown['at'],
  people: readonly PersonFacts[],
  categoryOf: ReadonlyMap<PersonFacts, DreetsOutcomeKey>,
  k: number,
): DreetsBreakdown {
  const labels = [...new Set(people.map((person) => person.dimensions[dimension]))].sort(bandOrder);
  if (labels.length === 0)
    return { dimension, at, rows: [], columnTotals: [], total: { count: 0, suppressed: null } };
  const counts = labels.map((label) =>
    DREETS_OUTCOME_KEYS.map(
      (key) =>
        people.filter((person) => person.dimensions[dimension] === label && categoryOf.get(person) === key)
          .length,
    ),
  );
  const table = suppressTable(counts, { k });
  return {
    dimension,
    at,
    rows: labels.map((label, r) => ({
      label,
      cells: DREETS_OUTCOME_KEYS.map((category, c) => ({ category, ...(table.cells[r]?.[c] ?? HIDDEN) })),
      total: table.rowTotals[r] ?? HIDDEN,
    })),
    columnTotals: table.columnTotals.flatMap((shown, c) => {
      const category = DREETS_OUTCOME_KEYS[c];
      return category ? [{ category, ...shown }] : [];
    }),
    total: table.total,
  };
}

/** Bands by their lower limit ("<26" first, "55+" last), other labels in French order, the unknown last. */
function bandOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const lower = (label: string) => (label.startsWith('<') ? -1 : Number.parseInt(label, 10));
  const [la, lb] = [lower(a), lower(b)];
  if (!Number.isNaN(la) && !Number.isNaN(lb) && la !== lb) return la - lb;
  return a.localeCompare(b, 'fr');
}

// ---- The report's tables, for the PDF and the XLSX (one sheet each) ----

export const PROGRAMME_TYPE_LABELS: Record<ProgrammeType, string> = {
  pse: "Plan de sauvegarde de l'emploi (PSE)",
  conge_de_reclassement: 'Congé de reclassement',
  csp: 'Contrat de sécurisation professionnelle (CSP)',
  voluntary: 'Plan de départs volontaires',
};

/** Short column names of the breakdowns (the PDF's page is narrow), in DREETS_OUTCOME_KEYS' order. */
const SHORT_LABELS: Record<DreetsOutcomeKey, string> = {
  cdi: 'CDI',
  cdd_or_temporary_6_months_or_more: 'CDD/TT 6 mois et +',
  cdd_or_temporary_under_6_months: 'CDD/TT - 6 mois',
  business_creation_or_takeover: 'Création, reprise',
  training: 'Formation',
  retirement_or_early_retirement: 'Retraite, préretraite',
  job_search: 'Recherche',
  other: 'Autre',
  none: 'Non connue',
};

export const DREETS_LABELS: Record<DreetsOutcomeKey, string> = {
  ...(Object.fromEntries(
    DREETS_OUTCOME_CATEGORIES.map((category) => [category.code, category.label]),
  ) as Record<DreetsOutcomeCategory, string>),
  none: DREETS_NO_OUTCOME_LABEL,
};

const SEX_LABELS: Record<string, string> = { female: 'Femmes', male: 'Hommes' };

/** "<26" as "Moins de 26 ans", "26-44" as "26 à 44 ans", "55+" as "55 ans et plus". */
export function bandLabel(band: string): string {
  if (band.startsWith('<')) return `Moins de ${band.slice(1)} ans`;
  if (band.endsWith('+')) return `${band.slice(0, -1)} ans et plus`;
  const [from, to] = band.split('-');
  return to ? `${from} à ${to} ans` : band;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** yyyy-mm-dd of an instant, in Paris. */
export const dayOf = (at: Date): string => PARIS_DAY.format(at);

/** Where the employer's own figures go (the platform cannot know them). */
export const EMPLOYER_SOURCE = "Saisi par l'entreprise";

const shown = (cell: ShownCount): PackCell =>
  cell.suppressed !== null ? { hidden: cell.suppressed } : cell.count;

/**
 * The report's tables, laid out from its figures (never counted again): the programme, the
 * measures the platform knows, what the employer fills in, outcomes at both dates, by age band and
 * by sex at both dates, and the categories' mapping.
 */
export function dreetsReportTables(report: DreetsReport): PackTable[] {
  const { measures, programme } = report;
  const end = dayOf(report.asOf);
  const followUp = dayOf(report.followUp);
  const byCategory = (list: DreetsOutcomeList) => new Map(list.cells.map((cell) => [cell.category, cell]));
  const [atEnd, atFollowUp] = [byCategory(report.outcomesAtEnd), byCategory(report.outcomesAtFollowUp)];
  const cellOf = (cells: Map<DreetsOutcomeKey, ShownCount>, key: DreetsOutcomeKey): PackCell => {
    const cell = cells.get(key);
    return cell ? shown(cell) : null;
  };
  return [
    {
      sheet: 'Programme',
      title: 'Le programme',
      columns: ['Rubrique', 'Valeur'],
      rows: [
        ['Programme', programme.programmeId],
        ['Dispositif', programme.type ? PROGRAMME_TYPE_LABELS[programme.type] : 'Non connu'],
        ['Début', programme.startDate ?? 'Non connu'],
        ['Fin prévue (début et durée contractée)', programme.plannedEndDate ?? 'Non connue'],
        ['Personnes concernées (effectif du plan)', programme.headcount],
        ['Situation à la fin du dispositif : au', end],
        ['Situation à la date de suivi : au', followUp],
        ['Seuil de masquage (personnes)', report.k],
      ],
    },
    {
      sheet: 'Mesures',
      title: "Mesures d'accompagnement mises en œuvre (données de la plateforme)",
      columns: ['Mesure', 'Nombre'],
      rows: [
        ["Adhésions à l'accompagnement", shown(measures.adhering)],
        ['Personnes ayant eu un premier rendez-vous', shown(measures.firstMeeting)],
        ['Personnes ayant eu leur diagnostic', shown(measures.diagnosed)],
        [
          "Personnes ayant fait au moins une évaluation (au jour de l'édition)",
          shown(measures.withAssessment),
        ],
        ['Personnes ayant reçu au moins une OVE', shown(measures.withOffer)],
        ["Offres valables d'emploi (OVE) proposées", shown(measures.offers.proposed)],
        ['OVE acceptées', shown(measures.offers.accepted)],
        ['OVE refusées', shown(measures.offers.refused)],
        ['OVE sans réponse à la fin du dispositif', shown(measures.offers.pending)],
      ],
    },
    {
      sheet: "Saisi par l'entreprise",
      title: "À compléter par l'entreprise (la plateforme ne le sait pas)",
      columns: ['Rubrique', 'Nombre', 'Source'],
      rows: DREETS_EMPLOYER_ITEMS.map((item) => [item, null, EMPLOYER_SOURCE]),
    },
    {
      sheet: 'Situation',
      title: 'Situation des personnes à la fin du dispositif et à la date de suivi',
      columns: ['Catégorie du bilan', `Fin du dispositif (${end})`, `Date de suivi (${followUp})`],
      rows: [
        ...DREETS_OUTCOME_KEYS.map((key) => [
          DREETS_LABELS[key],
          cellOf(atEnd, key),
          cellOf(atFollowUp, key),
        ]),
        ['Total (adhérents)', shown(report.outcomesAtEnd.total), shown(report.outcomesAtFollowUp.total)],
      ],
    },
    ...report.breakdowns.map((table): PackTable => {
      const dimension = table.dimension === 'ageBand' ? "tranche d'âge" : 'sexe';
      const totals = new Map(table.columnTotals.map((cell) => [cell.category, cell]));
      const label = (value: string | null) =>
        value === null
          ? 'Non renseigné'
          : table.dimension === 'ageBand'
            ? bandLabel(value)
            : (SEX_LABELS[value] ?? value);
      return {
        sheet: `${table.dimension === 'ageBand' ? 'Âge' : 'Sexe'}, ${table.at === 'end' ? 'fin' : 'suivi'}`,
        title: `Situation par ${dimension}, ${table.at === 'end' ? `à la fin du dispositif (${end})` : `à la date de suivi (${followUp})`}`,
        columns: [
          table.dimension === 'ageBand' ? "Tranche d'âge" : 'Sexe',
          ...DREETS_OUTCOME_KEYS.map((key) => SHORT_LABELS[key]),
          'Total',
        ],
        rows: [
          ...table.rows.map((row) => [label(row.label), ...row.cells.map(shown), shown(row.total)]),
          ...(table.rows.length > 1
            ? [
                [
                  'Total',
                  ...DREETS_OUTCOME_KEYS.map((key) => {
                    const total = totals.get(key);
                    return total ? shown(total) : null;
                  }),
                  shown(table.total),
                ],
              ]
            : []),
        ],
      };
    }),
    {
      sheet: 'Correspondance',
      title: 'Correspondance des catégories (plateforme vers bilan)',
      columns: ['Solution enregistrée sur la plateforme', 'Catégorie du bilan', 'Remarque'],
      rows: (Object.keys(DREETS_OUTCOME_MAPPING) as OutcomeCategory[]).map((outcome) => [
        OUTCOME_LABELS[outcome],
        DREETS_LABELS[DREETS_OUTCOME_MAPPING[outcome].category],
        DREETS_OUTCOME_MAPPING[outcome].note,
      ]),
    },
  ];
}
