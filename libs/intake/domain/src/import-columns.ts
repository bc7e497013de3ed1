/** The candidate fields an HR file may carry, in the order the error report and the docs list them. */
export const IMPORT_FIELDS = [
  'employeeNumber',
  'lastName',
  'firstName',
  'email',
  'phone',
  'site',
  'service',
  'formerJobTitle',
  'formerOccupationCode',
  'hireDate',
  'seniorityYears',
  'contractEndDate',
  'languages',
  'homeCommuneCode',
  'homePostcode',
  'dateOfBirth',
  'sex',
  'socioProfessionalCategory',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'employeeNumber',
  'lastName',
  'firstName',
  'email',
];

/** Headers seen in French and English HR exports, compared after normaliseHeader. */
const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  employeeNumber: [
    'matricule',
    'numero matricule',
    'n matricule',
    'numero salarie',
    'n salarie',
    'numero de salarie',
    'id salarie',
    'employee number',
    'employee no',
    'employee id',
    'emp no',
    'staff number',
    'personnel number',
  ],
  lastName: ['nom', 'nom de famille', 'nom usuel', 'last name', 'surname', 'family name', 'lastname'],
  firstName: ['prenom', 'first name', 'given name', 'firstname', 'forename'],
  email: [
    'email',
    'e mail',
    'courriel',
    'mail',
    'adresse email',
    'adresse e mail',
    'adresse mail',
    'email address',
  ],
  phone: ['telephone', 'tel', 'portable', 'mobile', 'phone', 'phone number', 'mobile phone'],
  site: ['site', 'etablissement', 'site d affectation', 'lieu de travail', 'location', 'work site', 'plant'],
  service: ['service', 'departement', 'direction', 'atelier'],
  formerJobTitle: [
    'poste',
    'intitule de poste',
    'intitule du poste',
    'emploi',
    'emploi occupe',
    'fonction',
    'metier',
    'job title',
    'position',
    'job',
    'role',
  ],
  formerOccupationCode: ['code rome', 'rome', 'rome code', 'occupation code'],
  hireDate: [
    'date d entree',
    'date d embauche',
    'date entree',
    'entree',
    'hire date',
    'start date',
    'date hired',
  ],
  seniorityYears: [
    'anciennete',
    'anciennete annees',
    'anciennete ans',
    'seniority',
    'years of service',
    'tenure',
  ],
  contractEndDate: [
    'date de fin de contrat',
    'fin de contrat',
    'date de sortie',
    'date de fin',
    'contract end date',
    'contract end',
    'end date',
    'leaving date',
    'termination date',
  ],
  languages: ['langues', 'langues parlees', 'langue', 'languages', 'language', 'spoken languages'],
  homeCommuneCode: [
    'code commune',
    'code insee',
    'commune insee',
    'code commune insee',
    'commune code',
    'insee code',
  ],
  homePostcode: ['code postal', 'cp', 'postcode', 'post code', 'postal code', 'zip', 'zip code'],
  dateOfBirth: [
    'date de naissance',
    'date naissance',
    'naissance',
    'ne le',
    'ne e le',
    'nee le',
    'ddn',
    'date of birth',
    'birth date',
    'birthdate',
    'dob',
  ],
  sex: ['civilite', 'civ', 'titre', 'sexe', 'genre', 'title', 'sex', 'gender'],
  socioProfessionalCategory: [
    'csp',
    'categorie socio professionnelle',
    'categorie socioprofessionnelle',
    'categorie professionnelle',
    'categorie',
    'statut',
    'statut salarie',
    'college',
    'socio professional category',
    'employee category',
    'category',
  ],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SYNONYM_INDEX = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => [
    [normaliseHeader(field), field] as const,
    ...HEADER_SYNONYMS[field].map((synonym) => [normaliseHeader(synonym), field] as const),
  ]),
);

/** A mapping chosen by a person: which header of their file holds which field. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Where each field sits in the file (column index), and the headers nobody claimed. */
export interface ResolvedColumns {
  columns: Partial<Record<ImportField, number>>;
  ignoredHeaders: string[];
}

export type ColumnResolution = { ok: true; value: ResolvedColumns } | { ok: false; reason: string };

/**
 * Finds each field's column: an explicit mapping first (the caller's, then the sponsor's saved
 * one), then the known French and English headers. A mapped header missing from the file, two
 * columns claiming one field, or a required field without a column stops the import before any
 * row is read, with a reason naming the headers.
 */
export function resolveColumns(headers: readonly string[], mapping: ColumnMapping = {}): ColumnResolution {
  const normalised = headers.map(normaliseHeader);
  const columns: Partial<Record<ImportField, number>> = {};
  const claimed = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    const index = normalised.indexOf(normaliseHeader(header));
    if (index < 0) {
      return {
        ok: false,
        reason: `the column mapping puts ${field} in a column "${header}" that the file does not have (its headers: ${headers.join(', ')})`,
      };
    }
    columns[field] = index;
    claimed.add(index);
  }
  for (const [index, header] of normalised.entries()) {
    if (claimed.has(index)) continue;
    const field = SYNONYM_INDEX.get(header);
    if (!field || mapping[field] !== undefined) continue;
    if (columns[field] !== undefined) {
      return {
        ok: false,
        reason: `both "${headers[columns[field]]}" and "${headers[index]}" look like ${field}: say which one to use in the column mapping`,
      };
    }
    columns[field] = index;
    claimed.add(index);
  }
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      reason:
        `the header row has no column for ${missing.join(', ')} (found: ${headers.map((h) => `"${h}"`).join(', ') || 'nothing'}); ` +
        'rename the columns (e.g. matricule, nom, prénom, email) or give a column mapping',
    };
  }
  const ignoredHeaders = headers.filter((_header, index) => !claimed.has(index) && normalised[index] !== '');
  return { ok: true, value: { columns, ignoredHeaders } };
}
