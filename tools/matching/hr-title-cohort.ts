import { abbreviatedForm, pick, typoForm } from '@passerelle/matching/domain';

/**
 * A realistic HR cohort for title resolution: the titles an industrial sponsor's HR export holds
 * (a site closure: production, maintenance, logistics, support functions), in the proportions such
 * a site has, written as HR writes them. `romeCode` is the occupation a coach would pick from the
 * title alone; null when the title fits several ROME occupations equally (a generic "Opérateur de
 * production" or "Électricien": the coach must ask the person), so no automatic answer is right.
 */
export interface HrTitle {
  masculine: string;
  feminine: string;
  romeCode: string | null;
  /** Relative head count on such a site. */
  weight: number;
}

export const HR_TITLES: readonly HrTitle[] = [
  { masculine: 'Opérateur de production', feminine: 'Opératrice de production', romeCode: null, weight: 12 },
  { masculine: 'Agent de fabrication', feminine: 'Agente de fabrication', romeCode: null, weight: 4 },
  { masculine: 'Conducteur de ligne', feminine: 'Conductrice de ligne', romeCode: null, weight: 4 },
  {
    masculine: 'Préparateur de commandes',
    feminine: 'Préparatrice de commandes',
    romeCode: 'N1103',
    weight: 5,
  },
  { masculine: 'Cariste', feminine: 'Cariste', romeCode: 'N1101', weight: 5 },
  { masculine: 'Magasinier', feminine: 'Magasinière', romeCode: 'N1110', weight: 4 },
  { masculine: 'Manutentionnaire', feminine: 'Manutentionnaire', romeCode: 'N1105', weight: 3 },
  {
    masculine: 'Technicien de maintenance',
    feminine: 'Technicienne de maintenance',
    romeCode: null,
    weight: 4,
  },
  { masculine: 'Électricien', feminine: 'Électricienne', romeCode: null, weight: 3 },
  {
    masculine: 'Électricien de maintenance',
    feminine: 'Électricienne de maintenance',
    romeCode: 'I1309',
    weight: 1,
  },
  { masculine: 'Mécanicien', feminine: 'Mécanicienne', romeCode: null, weight: 2 },
  { masculine: 'Soudeur', feminine: 'Soudeuse', romeCode: 'H2913', weight: 3 },
  { masculine: 'Régleur', feminine: 'Régleuse', romeCode: 'H2912', weight: 2 },
  { masculine: 'Usineur', feminine: 'Usineuse', romeCode: 'H2903', weight: 2 },
  {
    masculine: 'Opérateur sur commande numérique',
    feminine: 'Opératrice sur commande numérique',
    romeCode: 'H2903',
    weight: 2,
  },
  { masculine: 'Tourneur', feminine: 'Tourneuse', romeCode: 'H2903', weight: 1 },
  { masculine: "Chef d'équipe", feminine: "Cheffe d'équipe", romeCode: null, weight: 3 },
  { masculine: 'Contrôleur qualité', feminine: 'Contrôleuse qualité', romeCode: null, weight: 2 },
  { masculine: 'Technicien méthodes', feminine: 'Technicienne méthodes', romeCode: 'H1404', weight: 2 },
  { masculine: 'Ingénieur méthodes', feminine: 'Ingénieure méthodes', romeCode: 'H1402', weight: 1 },
  {
    masculine: 'Responsable de production',
    feminine: 'Responsable de production',
    romeCode: 'H2507',
    weight: 1,
  },
  { masculine: 'Responsable logistique', feminine: 'Responsable logistique', romeCode: 'N1301', weight: 1 },
  { masculine: 'Chauffeur poids lourd', feminine: 'Chauffeuse poids lourd', romeCode: 'N4101', weight: 2 },
  { masculine: 'Agent de sécurité', feminine: 'Agente de sécurité', romeCode: 'K2503', weight: 1 },
  {
    masculine: 'Assistant ressources humaines',
    feminine: 'Assistante ressources humaines',
    romeCode: 'M1501',
    weight: 2,
  },
  { masculine: 'Gestionnaire de paie', feminine: 'Gestionnaire de paie', romeCode: 'M1507', weight: 1 },
  { masculine: 'Comptable', feminine: 'Comptable', romeCode: 'M1203', weight: 2 },
  { masculine: 'Contrôleur de gestion', feminine: 'Contrôleuse de gestion', romeCode: 'M1204', weight: 1 },
  { masculine: 'Acheteur', feminine: 'Acheteuse', romeCode: 'M1101', weight: 1 },
  { masculine: 'Assistant de direction', feminine: 'Assistante de direction', romeCode: 'M1604', weight: 1 },
  { masculine: 'Secrétaire', feminine: 'Secrétaire', romeCode: 'M1607', weight: 1 },
  { masculine: 'Employé administratif', feminine: 'Employée administrative', romeCode: 'M1602', weight: 2 },
  { masculine: 'Assistant commercial', feminine: 'Assistante commerciale', romeCode: 'D1401', weight: 2 },
  { masculine: 'Commercial', feminine: 'Commerciale', romeCode: 'D1410', weight: 2 },
  { masculine: 'Chargé de clientèle', feminine: 'Chargée de clientèle', romeCode: null, weight: 2 },
  { masculine: 'Standardiste', feminine: 'Standardiste', romeCode: 'M1614', weight: 1 },
  { masculine: "Hôte d'accueil", feminine: "Hôtesse d'accueil", romeCode: 'M1601', weight: 1 },
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
  title: string;
  form: HrTitleForm;
  expected: string | null;
}

const weighted = <T extends { weight: number }>(random: () => number, items: readonly T[]): T => {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let at = random() * total;
  for (const item of items) if ((at -= item.weight) < 0) return item;
  return items[items.length - 1];
};

const unaccented = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** `size` people, seeded: a title drawn by head count, a gender, a way of writing it. */
export function hrCohort(size: number, random: () => number): CohortPerson[] {
  const people: CohortPerson[] = [];
  for (let i = 0; i < size; i++) {
    const base = weighted(random, HR_TITLES);
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
    people.push({ title, form, expected: base.romeCode });
  }
  return people;
}
