import { titleTokens } from './text';

/**
 * Departments HR names with several words for one thing. Each row: the word the title resolver
 * reads (`reads`), the words HR writes for it in the service column (folded, stemmed: "Atelier",
 * "USINE", "Prod.", "Fabrication" all meet), and the words a ROME title uses for the same
 * department (a title holding one of them already says it: "Agent de fabrication" is a production
 * job). Documented in docs/matching.md, "The former occupation".
 */
export interface ServiceDomain {
  reads: string;
  hrWords: readonly string[];
  titleWords: readonly string[];
}

export const SERVICE_DOMAINS: readonly ServiceDomain[] = [
  {
    // A factory's production department: the manufacturing reading of "Opérateur de production".
    reads: 'production',
    hrWords: ['production', 'fabrication', 'atelier', 'usine', 'prod', 'fab', 'manufacture', 'manufacturing'],
    titleWords: ['production', 'fabrication'],
  },
];

/** Words naming the kind of unit, not its trade ("Service maintenance", "Dépt. logistique"). */
export const SERVICE_UNIT_WORDS: readonly string[] = [
  'service',
  'departement',
  'dept',
  'direction',
  'pole',
  'unite',
];

/** How the title resolver reads a service column. */
export interface ServiceReading {
  /**
   * The words put beside the title in the resolver's queries ("" when the service says nothing):
   * HR's own word when ROME's titles use it too ("fabrication"), else the department's ("production").
   */
  query: string;
  /**
   * What a title must say to be this service's: every group, by one of its words ("production" or
   * "fabrication" for a production department). Folded and stemmed, like `titleTokens`.
   */
  words: readonly (readonly string[])[];
}

const domainOf = new Map<string, ServiceDomain>(
  SERVICE_DOMAINS.flatMap((domain) => domain.hrWords.map((word) => [word, domain] as const)),
);
const unitWords = new Set(SERVICE_UNIT_WORDS);

/**
 * The service column as the title resolver reads it. A department word of `SERVICE_DOMAINS` reads
 * as its row's word ("Fabrication", "ATELIER", "Usine" read as "Production" does); when the service
 * names something more specific beside it ("Atelier conditionnement", "Production injection") the
 * specific words alone are read, the department word saying only that it is a workshop. Unit words
 * ("Service", "Département", "Direction") are dropped when something else is said.
 */
export function readService(service: string | null | undefined): ServiceReading {
  const tokens = titleTokens(service ?? '');
  const said = tokens.filter((token) => !unitWords.has(token));
  const kept = said.length > 0 ? said : tokens;
  const specific = kept.filter((token) => !domainOf.has(token));
  const words: string[][] = [];
  const query: string[] = [];
  const add = (read: string, group: readonly string[]) => {
    if (words.some((seen) => seen.join(' ') === group.join(' '))) return;
    query.push(read);
    words.push([...group]);
  };
  if (specific.length > 0) for (const token of specific) add(token, [token]);
  else
    for (const token of kept) {
      // A word ROME's titles use for the department is read as written ("Fabrication" meets "Conducteur
      // de ligne de fabrication"), the others as the department ("Atelier", "Usine": "production").
      const domain = domainOf.get(token);
      if (domain) add(domain.titleWords.includes(token) ? token : domain.reads, domain.titleWords);
    }
  return { query: query.join(' '), words };
}
