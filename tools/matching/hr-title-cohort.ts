import { abbreviatedForm, pick, typoForm } from '@passerelle/matching/domain';

/**
 * A realistic HR cohort for title resolution: the rows an industrial sponsor's HR export holds (a
 * group closing three sites: production, maintenance, logistics, support functions), in the
 * proportions such sites have, written as HR writes them, with the two columns such a file has
 * beside the title: the site's NAF code (from its SIRET) and the service (department) column.
 *
 * Two truths per row, both written here before the resolver was run on them:
 * - `romeCode`: the occupation a coach would pick from the title alone; null when the title fits
 *   several ROME occupations equally (a generic "Opérateur de production" or "Électricien": the
 *   coach must ask the person), so no automatic answer is right;
 * - `withContext` (generic titles only): the occupation a coach picks knowing the site's trade and
 *   the service. The rule, the same for every row: the ROME occupation holding the appellation that
 *   names this title in the site's trade or service ("Opérateur de production" in a cheese dairy:
 *   "Opérateur / Opératrice de production en industrie alimentaire", H2105; "Électricien" in a
 *   factory's maintenance service: "Électricien / Électricienne d'entretien en industrie", I1309).
 *   Null where ROME has no such appellation or several (a "Contrôleur qualité" in a dairy, a
 *   "Chargé de clientèle" in any factory, a production "Chef d'équipe" at the car-parts site): the
 *   coach still asks. docs/matching.md lists every row and its appellation.
 */
export interface HrTitle {
  masculine: string;
  feminine: string;
  romeCode: string | null;
  /** Relative head count on such a site. */
  weight: number;
  /** The service column HR writes for this job on every site, unless `withContext` says otherwise. */
  service: string;
  /** Per site, the services this generic job is found in, their share, and the coach's code with context. */
  withContext?: Partial<Record<SiteId, readonly ServiceTruth[]>>;
}

export interface ServiceTruth {
  service: string;
  share: number;
  romeCode: string | null;
}

/** The group's three sites: the NAF code (APE) of each establishment and its share of the people. */
export const HR_SITES = [
  { id: 'dairy', nafCode: '10.51C', label: 'Fromagerie (fabrication de fromage)', weight: 40 },
  { id: 'plastics', nafCode: '22.29A', label: 'Pièces techniques en matières plastiques', weight: 30 },
  { id: 'car-parts', nafCode: '29.32Z', label: "Équipements pour l'automobile", weight: 30 },
] as const;

export type SiteId = (typeof HR_SITES)[number]['id'];

const everySite = (truths: readonly ServiceTruth[]): Record<SiteId, readonly ServiceTruth[]> => ({
  dairy: truths,
  plastics: truths,
  'car-parts': truths,
});

export const HR_TITLES: readonly HrTitle[] = [
  {
    masculine: 'Opérateur de production',
    feminine: 'Opératrice de production',
    romeCode: null,
    weight: 12,
    service: 'Production',
    withContext: {
      // "Opérateur / Opératrice de production en industrie alimentaire"
      dairy: [{ service: 'Production', share: 1, romeCode: 'H2105' }],
      // "Opérateur / Opératrice en plasturgie"
      plastics: [{ service: 'Production', share: 1, romeCode: 'H3201' }],
      // "... de production en montage-assemblage mécanique"; "... sur machine automatique de production mécanique"
      'car-parts': [
        { service: 'Montage', share: 0.6, romeCode: 'H2909' },
        { service: 'Usinage', share: 0.4, romeCode: 'H2906' },
      ],
    },
  },
  {
    masculine: 'Agent de fabrication',
    feminine: 'Agente de fabrication',
    romeCode: null,
    weight: 4,
    service: 'Fabrication',
    withContext: {
      // "Agent / Agente de fabrication dans l'agroalimentaire"
      dairy: [{ service: 'Fabrication', share: 1, romeCode: 'H2105' }],
      // "Opérateur / Opératrice en plasturgie" (no "agent" appellation: the same job)
      plastics: [{ service: 'Fabrication', share: 1, romeCode: 'H3201' }],
      // "Agent / Agente de fabrication en montage-assemblage mécanique"
      'car-parts': [{ service: 'Montage', share: 1, romeCode: 'H2909' }],
    },
  },
  {
    masculine: 'Conducteur de ligne',
    feminine: 'Conductrice de ligne',
    romeCode: null,
    weight: 4,
    service: 'Production',
    withContext: {
      // "Conducteur / Conductrice de ligne en industrie laitière"; "... de ligne de conditionnement"
      dairy: [
        { service: 'Fabrication', share: 0.6, romeCode: 'H2102' },
        { service: 'Conditionnement', share: 0.4, romeCode: 'H3301' },
      ],
      // "Conducteur / Conductrice de ligne d'injection en industrie plastique et caoutchouc"
      plastics: [{ service: 'Injection', share: 1, romeCode: 'H3202' }],
      // "Conducteur / Conductrice de ligne de presse à emboutir et à découper des métaux"
      'car-parts': [{ service: 'Emboutissage', share: 1, romeCode: 'H2905' }],
    },
  },
  {
    masculine: 'Préparateur de commandes',
    feminine: 'Préparatrice de commandes',
    romeCode: 'N1103',
    weight: 5,
    service: 'Logistique',
  },
  { masculine: 'Cariste', feminine: 'Cariste', romeCode: 'N1101', weight: 5, service: 'Logistique' },
  { masculine: 'Magasinier', feminine: 'Magasinière', romeCode: 'N1110', weight: 4, service: 'Logistique' },
  {
    masculine: 'Manutentionnaire',
    feminine: 'Manutentionnaire',
    romeCode: 'N1105',
    weight: 3,
    service: 'Logistique',
  },
  {
    masculine: 'Technicien de maintenance',
    feminine: 'Technicienne de maintenance',
    romeCode: null,
    weight: 4,
    service: 'Maintenance',
    // "Technicien / Technicienne de maintenance d'équipements de production"
    withContext: everySite([{ service: 'Maintenance', share: 1, romeCode: 'I1304' }]),
  },
  {
    masculine: 'Électricien',
    feminine: 'Électricienne',
    romeCode: null,
    weight: 3,
    service: 'Maintenance',
    // "Électricien / Électricienne d'entretien en industrie"
    withContext: everySite([{ service: 'Maintenance', share: 1, romeCode: 'I1309' }]),
  },
  {
    masculine: 'Électricien de maintenance',
    feminine: 'Électricienne de maintenance',
    romeCode: 'I1309',
    weight: 1,
    service: 'Maintenance',
  },
  {
    masculine: 'Mécanicien',
    feminine: 'Mécanicienne',
    romeCode: null,
    weight: 2,
    service: 'Maintenance',
    // "Mécanicien / Mécanicienne de maintenance industrielle"
    withContext: everySite([{ service: 'Maintenance', share: 1, romeCode: 'I1310' }]),
  },
  { masculine: 'Soudeur', feminine: 'Soudeuse', romeCode: 'H2913', weight: 3, service: 'Production' },
  { masculine: 'Régleur', feminine: 'Régleuse', romeCode: 'H2912', weight: 2, service: 'Production' },
  { masculine: 'Usineur', feminine: 'Usineuse', romeCode: 'H2903', weight: 2, service: 'Usinage' },
  {
    masculine: 'Opérateur sur commande numérique',
    feminine: 'Opératrice sur commande numérique',
    romeCode: 'H2903',
    weight: 2,
    service: 'Usinage',
  },
  { masculine: 'Tourneur', feminine: 'Tourneuse', romeCode: 'H2903', weight: 1, service: 'Usinage' },
  {
    masculine: "Chef d'équipe",
    feminine: "Cheffe d'équipe",
    romeCode: null,
    weight: 3,
    service: 'Production',
    withContext: {
      // "Chef / Cheffe d'équipe en industrie alimentaire"; "... en entrepôt"; "... de maintenance industrielle"
      dairy: [
        { service: 'Production', share: 0.6, romeCode: 'H2506' },
        { service: 'Logistique', share: 0.2, romeCode: 'N1303' },
        { service: 'Maintenance', share: 0.2, romeCode: 'I1326' },
      ],
      // "Chef / Cheffe d'équipe en plastique/caoutchouc"
      plastics: [
        { service: 'Production', share: 0.6, romeCode: 'H2504' },
        { service: 'Logistique', share: 0.2, romeCode: 'N1303' },
        { service: 'Maintenance', share: 0.2, romeCode: 'I1326' },
      ],
      // production: no appellation names a car-parts team leader (metallurgy? assembly?): the coach asks
      'car-parts': [
        { service: 'Production', share: 0.6, romeCode: null },
        { service: 'Logistique', share: 0.2, romeCode: 'N1303' },
        { service: 'Maintenance', share: 0.2, romeCode: 'I1326' },
      ],
    },
  },
  {
    masculine: 'Contrôleur qualité',
    feminine: 'Contrôleuse qualité',
    romeCode: null,
    weight: 2,
    service: 'Qualité',
    withContext: {
      // no "Contrôleur qualité" appellation in the food or plastics trades: the coach asks
      dairy: [{ service: 'Qualité', share: 1, romeCode: null }],
      plastics: [{ service: 'Qualité', share: 1, romeCode: null }],
      // "Contrôleur / Contrôleuse qualité en mécanique et travail des métaux"
      'car-parts': [{ service: 'Qualité', share: 1, romeCode: 'H1506' }],
    },
  },
  {
    masculine: 'Technicien méthodes',
    feminine: 'Technicienne méthodes',
    romeCode: 'H1404',
    weight: 2,
    service: 'Méthodes',
  },
  {
    masculine: 'Ingénieur méthodes',
    feminine: 'Ingénieure méthodes',
    romeCode: 'H1402',
    weight: 1,
    service: 'Méthodes',
  },
  {
    masculine: 'Responsable de production',
    feminine: 'Responsable de production',
    romeCode: 'H2507',
    weight: 1,
    service: 'Production',
  },
  {
    masculine: 'Responsable logistique',
    feminine: 'Responsable logistique',
    romeCode: 'N1301',
    weight: 1,
    service: 'Logistique',
  },
  {
    masculine: 'Chauffeur poids lourd',
    feminine: 'Chauffeuse poids lourd',
    romeCode: 'N4101',
    weight: 2,
    service: 'Logistique',
  },
  {
    masculine: 'Agent de sécurité',
    feminine: 'Agente de sécurité',
    romeCode: 'K2503',
    weight: 1,
    service: 'Services généraux',
  },
  {
    masculine: 'Assistant ressources humaines',
    feminine: 'Assistante ressources humaines',
    romeCode: 'M1501',
    weight: 2,
    service: 'Ressources humaines',
  },
  {
    masculine: 'Gestionnaire de paie',
    feminine: 'Gestionnaire de paie',
    romeCode: 'M1507',
    weight: 1,
    service: 'Ressources humaines',
  },
  { masculine: 'Comptable', feminine: 'Comptable', romeCode: 'M1203', weight: 2, service: 'Comptabilité' },
  {
    masculine: 'Contrôleur de gestion',
    feminine: 'Contrôleuse de gestion',
    romeCode: 'M1204',
    weight: 1,
    service: 'Finance',
  },
  { masculine: 'Acheteur', feminine: 'Acheteuse', romeCode: 'M1101', weight: 1, service: 'Achats' },
  {
    masculine: 'Assistant de direction',
    feminine: 'Assistante de direction',
    romeCode: 'M1604',
    weight: 1,
    service: 'Direction',
  },
  { masculine: 'Secrétaire', feminine: 'Secrétaire', romeCode: 'M1607', weight: 1, service: 'Direction' },
  {
    masculine: 'Employé administratif',
    feminine: 'Employée administrative',
    romeCode: 'M1602',
    weight: 2,
    service: 'Administration',
  },
  {
    masculine: 'Assistant commercial',
    feminine: 'Assistante commerciale',
    romeCode: 'D1401',
    weight: 2,
    service: 'Administration des ventes',
  },
  { masculine: 'Commercial', feminine: 'Commerciale', romeCode: 'D1410', weight: 2, service: 'Commercial' },
  {
    masculine: 'Chargé de clientèle',
    feminine: 'Chargée de clientèle',
    romeCode: null,
    weight: 2,
    service: 'Service client',
    // ROME's "Chargé de clientèle" appellations are banking, insurance, e-commerce, letting: none is a factory's
    withContext: everySite([{ service: 'Service client', share: 1, romeCode: null }]),
  },
  { masculine: 'Standardiste', feminine: 'Standardiste', romeCode: 'M1614', weight: 1, service: 'Accueil' },
  {
    masculine: "Hôte d'accueil",
    feminine: "Hôtesse d'accueil",
    romeCode: 'M1601',
    weight: 1,
    service: 'Accueil',
  },
];

/** How HR exports write a title: the share of each form in the generated cohort. */
const FORMS = [
  { form: 'as is', weight: 30 },
  { form: 'capitals', weight: 15 },
  { form: 'abbreviated', weight: 15 },
  { form: 'with H/F or a grade', weight: 15 },
  { form: 'typo, no accents', weight: 15 },
  { form: 'lower case, no accents', weight: 10 },
] as const;

export type HrTitleForm = (typeof FORMS)[number]['form'];

export interface CohortPerson {
  /** The title before HR wrote it (masculine form), for tables by title. */
  base: string;
  title: string;
  form: HrTitleForm;
  /** The coach's code from the title alone (null: generic). */
  expected: string | null;
  /** The site's NAF code and the service column, as the HR file gives them. */
  nafCode: string;
  service: string;
  /** The coach's code knowing the site and the service (null: the coach still asks). */
  expectedWithContext: string | null;
}

const weighted = <T extends { weight: number }>(random: () => number, items: readonly T[]): T => {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let at = random() * total;
  for (const item of items) if ((at -= item.weight) < 0) return item;
  return items[items.length - 1];
};

const unaccented = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** `size` people, seeded: a site, a title drawn by head count, its service, a gender, a way of writing it. */
export function hrCohort(size: number, random: () => number): CohortPerson[] {
  const people: CohortPerson[] = [];
  for (let i = 0; i < size; i++) {
    const site = weighted(random, HR_SITES);
    const base = weighted(random, HR_TITLES);
    const services = base.withContext?.[site.id];
    const truth = services
      ? weighted(
          random,
          services.map((s) => ({ ...s, weight: s.share })),
        )
      : { service: base.service, romeCode: base.romeCode };
    const written = random() < 0.45 ? base.feminine : base.masculine;
    const form = weighted(random, FORMS).form;
    let title: string;
    switch (form) {
      case 'capitals':
        title = written.toUpperCase();
        break;
      case 'abbreviated':
        title = abbreviatedForm(written) ?? written;
        break;
      case 'with H/F or a grade':
        title = `${written} ${pick(random, ['H/F', '(H/F)', 'N2', 'niveau 3', 'confirmé', 'coef. 190'])}`;
        break;
      case 'typo, no accents':
        title = typoForm(written, random);
        break;
      case 'lower case, no accents':
        title = unaccented(written).toLowerCase();
        break;
      case 'as is':
        title = written;
        break;
    }
    people.push({
      base: base.masculine,
      title,
      form,
      expected: base.romeCode,
      nafCode: site.nafCode,
      // HR exports write the service column in capitals as often as not
      service: random() < 0.5 ? truth.service.toUpperCase() : truth.service,
      expectedWithContext: truth.romeCode,
    });
  }
  return people;
}
