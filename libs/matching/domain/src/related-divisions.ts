import { titleTokens } from './text';

/**
 * Where ROME files the occupations a site holds that are not of its own trade. ROME 4.0 files each
 * occupation under the NAF divisions whose firms employ it as their business
 * (`unix_arborescence_secteur_naf`): industrial maintenance under 33 "Réparation et installation de
 * machines", warehouse jobs under 52 "Entreposage", 49 "Transports terrestres" and 46 "Commerce de
 * gros", metal quality control under 25 "Produits métalliques" and 71 "Contrôle et analyses
 * techniques". A factory runs these as support functions, in house. Two tables say where to look
 * besides the employer's own division (decision 0050, docs/matching.md "The former occupation"):
 *
 * - `SUPPORT_FUNCTIONS`: a service column naming a support function reads the divisions ROME files
 *   that function's occupations under, and the words ROME's titles use for it in a factory;
 * - `RELATED_DIVISIONS`: a manufacturing division also reads the divisions whose processes its
 *   sites run (a car-parts maker stamps, machines and assembles metal: 25 and 28 beside 29).
 *
 * Both are by NAF division and service function, never by job title.
 */
export interface SupportFunction {
  /** The function, as docs and tests name it. */
  name: string;
  /** Words a service column uses for it (folded, singular: `titleTokens`). */
  serviceWords: readonly string[];
  /** Words a ROME title of this function holds (one is enough): "Chef d'équipe en entrepôt" is logistics. */
  titleWords: readonly string[];
  /** The NAF divisions ROME files the function's occupations under. */
  divisions: readonly string[];
  /** What is read beside the title, in ROME's words for the function in a factory. */
  reads: string;
}

const folded = (words: readonly string[]): string[] => words.flatMap((word) => titleTokens(word, false));

export const SUPPORT_FUNCTIONS: readonly SupportFunction[] = [
  {
    // ROME: "... de maintenance industrielle", "... d'entretien en industrie"; filed under 33 (I1304,
    // I1309, I1310, I1326 all under 33, only some also under 28 or 32).
    name: 'maintenance',
    serviceWords: folded(['maintenance', 'entretien', 'travaux neufs']),
    titleWords: folded(['maintenance', 'entretien']),
    divisions: ['33'],
    reads: 'maintenance industrielle',
  },
  {
    // ROME: "Chef d'équipe en entrepôt", "Technicien logistique entrepôt", "Chef de quai réception -
    // expédition", "Magasinier"; filed under 52, 49 and 46 (N1103, N1105, N1303...).
    name: 'logistique',
    serviceWords: folded([
      'logistique',
      'entrepôt',
      'entreposage',
      'expédition',
      'expéditions',
      'réception',
      'magasin',
      'stock',
      'stocks',
      'approvisionnement',
      'supply chain',
    ]),
    titleWords: folded([
      'logistique',
      'entrepôt',
      'entreposage',
      'magasin',
      'magasinier',
      'quai',
      'stock',
      'expédition',
      'réception',
    ]),
    divisions: ['52', '49', '46'],
    reads: 'logistique entrepôt',
  },
];

/**
 * Manufacturing divisions whose sites run the processes another division files its occupations
 * under, in NAF's own families: metal working (24 metallurgy, 25 metal products, 28 machines, 29
 * cars, 30 other transport equipment), plastics and chemistry (20, 22), food and drink (10, 11),
 * electronics and electrical equipment (26, 27), textile, clothing and leather (13, 14, 15), wood,
 * paper and print (16, 17, 18), wood and furniture (16, 31). A car-parts maker (29) stamps and
 * machines metal (25) on machines (28); ROME files the stamping, machining and metal quality
 * occupations under 25 and 28, not 29.
 */
export const RELATED_DIVISIONS: Readonly<Record<string, readonly string[]>> = {
  '10': ['11'],
  '11': ['10'],
  '13': ['14', '15'],
  '14': ['13', '15'],
  '15': ['13', '14'],
  '16': ['31', '17'],
  '17': ['18', '16'],
  '18': ['17'],
  '20': ['22', '21'],
  '21': ['20'],
  '22': ['20'],
  '24': ['25'],
  '25': ['24', '28'],
  '26': ['27'],
  '27': ['26', '28'],
  '28': ['25', '27'],
  '29': ['25', '28'],
  '30': ['25', '28'],
  '31': ['16'],
};

const functionOf = new Map<string, SupportFunction>(
  SUPPORT_FUNCTIONS.flatMap((fn) => fn.serviceWords.map((word) => [word, fn] as const)),
);

/** The support function a service column names ("Service maintenance", "ENTREPOT"), if any. */
export function supportFunction(service: string | null | undefined): SupportFunction | undefined {
  for (const token of titleTokens(service ?? '', false)) {
    const fn = functionOf.get(token);
    if (fn) return fn;
  }
  return undefined;
}

/** The divisions a manufacturing division also reads (`RELATED_DIVISIONS`); none for the others. */
export function relatedDivisions(division: string | null | undefined): readonly string[] {
  return (division && RELATED_DIVISIONS[division]) || [];
}
