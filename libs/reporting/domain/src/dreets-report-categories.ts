import type { OutcomeCategory } from '@passerelle/shared/contracts';

/*
 * The DREETS report's outcome categories, and where each of the platform's outcomes goes: one data
 * table, read by the report's rules (dreets-report.ts), its documents, and its tests.
 *
 * Source: the arrêté of 3 April 2014 fixing the content of the bilan de la mise en œuvre effective
 * du plan de sauvegarde de l'emploi (JORF of 2 May 2014; Code du travail, L. 1233-63 and
 * D. 1233-14-4). The arrêté's annex (the "fiche" the employer fills in) could not be read for this
 * table: the list below follows published summaries of it (larevue.squirepattonboggs.com,
 * "Bilan de la mise en œuvre effective du plan de sauvegarde de l'emploi"; ipilote.fr, "Que doit
 * contenir le bilan de mise en œuvre du plan de sauvegarde de l'emploi ?"), which name: CDI; CDD or
 * temporary work (of six months or more, and under); training; retirement or early retirement;
 * business creation or takeover; job search. Decision 0034 says what was verified and what was not:
 * check the annex's exact wording before a report is filed, and change this table, not the code.
 */

/** The report's categories, in the order the report lists them (codes are stable; labels in French). */
export const DREETS_OUTCOME_CATEGORIES = [
  { code: 'cdi', label: 'CDI' },
  { code: 'cdd_or_temporary_6_months_or_more', label: 'CDD ou travail temporaire de 6 mois et plus' },
  { code: 'cdd_or_temporary_under_6_months', label: 'CDD ou travail temporaire de moins de 6 mois' },
  { code: 'business_creation_or_takeover', label: "Création ou reprise d'entreprise" },
  { code: 'training', label: 'Formation' },
  { code: 'retirement_or_early_retirement', label: 'Retraite ou préretraite' },
  { code: 'job_search', label: "En recherche d'emploi" },
  { code: 'other', label: 'Autre situation' },
] as const;

export type DreetsOutcomeCategory = (typeof DREETS_OUTCOME_CATEGORIES)[number]['code'];

/**
 * Each outcome the platform records (CandidateOutcomeRecorded's `category`) and the report's
 * category it counts in, with a note in French (printed in the report's mapping note). Typed by the platform's vocabulary: a new outcome category does
 * not compile until it has its row here.
 */
export const DREETS_OUTCOME_MAPPING: Record<
  OutcomeCategory,
  { category: DreetsOutcomeCategory; note: string }
> = {
  permanent_contract: { category: 'cdi', note: 'Même catégorie.' },
  fixed_term_6_months_or_more: {
    category: 'cdd_or_temporary_6_months_or_more',
    note: 'CDD ou intérim de 6 mois ou plus : même catégorie.',
  },
  short_fixed_term_or_temporary: {
    category: 'cdd_or_temporary_under_6_months',
    note: 'Même catégorie.',
  },
  business_creation: {
    category: 'business_creation_or_takeover',
    note: 'La plateforme ne distingue pas création et reprise : comptées ensemble.',
  },
  training: {
    category: 'training',
    note: 'La formation comme solution de sortie (pas les formations suivies pendant le dispositif).',
  },
  retirement: {
    category: 'retirement_or_early_retirement',
    note: 'La plateforme ne distingue pas retraite et préretraite : comptées ensemble.',
  },
  still_searching: { category: 'job_search', note: 'Même catégorie.' },
  other: { category: 'other', note: 'Toute autre solution enregistrée.' },
};

/** The row of people for whom no outcome was recorded by the date (not a category of the platform). */
export const DREETS_NO_OUTCOME_LABEL = 'Situation non connue (aucune solution enregistrée)';

/** What the platform cannot know, for the employer to fill in ("saisi par l'entreprise"). */
export const DREETS_EMPLOYER_ITEMS = [
  'Réunions de la commission de suivi',
  'Reclassements internes (mobilités internes)',
  'Départs volontaires',
  'Licenciements pour motif économique',
  'Adhésions au contrat de sécurisation professionnelle (CSP)',
  'Congés de reclassement ou de mobilité',
  "Aides à la création ou à la reprise d'entreprise versées",
  'Formations financées pendant le dispositif',
  'Aides à la mobilité géographique',
] as const;
