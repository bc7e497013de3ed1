// The soak run's HR file: a seeded, realistic export of `people` employees (French names with
// accents, Windows-1252, `;`), plus a known number of rows repeating an earlier employee number
// and of rows broken in one of the five ways intake names. Same seed, same bytes.
import { breakRow, cellsOf, csvFile, type HrRow } from '@passerelle/intake/feature-import/testing';

const LAST = [
  'Martin',
  'Bernard',
  'Lefèvre',
  'Nguyen',
  'Girard',
  'Traoré',
  "N'Diaye",
  'Éluard',
  'Benali',
  'Faure',
  'Mercier',
  'Brûlé',
  'Chevalier',
  'Da Silva',
  'Gaëtan',
  'Müller',
];
const FIRST = [
  'Léa',
  'Jérôme',
  'Hélène',
  'François',
  'Loïc',
  'Zoé',
  'Aïcha',
  'Noël',
  'Maëlle',
  'Inès',
  'Karim',
  'Anaïs',
  'Cédric',
  'Sébastien',
  'Bérénice',
  'Yanis',
];
const SITES = ['Lyon Gerland', 'Villeurbanne', 'Saint-Étienne', 'Vénissieux'];
/** Titles with the code HR gave (most) or none (matching resolves the title, or cannot). */
const JOBS: [string, string][] = [
  ['Technicienne réseaux', 'I1307'],
  ['Opérateur de production', 'H2102'],
  ['Agent de sécurité', 'K2503'],
  ['Cariste', ''],
  ['Comptable', ''],
  ['Préparateur de commandes', ''],
];

export interface SoakFileShape {
  people: number;
  seed: number;
  /** Rows repeating an earlier row's employee number (intake rejects them: one row per person). */
  duplicates: number;
  /** Rows with a bad cell (email, date, employee number, ROME code, postcode). */
  broken: number;
}

export interface SoakFile {
  bytes: Buffer;
  /** The valid people, in file order: each must be enrolled once. */
  people: HrRow[];
  rows: number;
  duplicates: number;
  broken: number;
  /** Valid people with a ROME code in the file (their occupation is known at once). */
  withCode: number;
}

/** A small seeded generator (mulberry32): the file depends on the seed only. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

export function soakPeople(count: number, seed: number): HrRow[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_unused, i) => {
    const n = i + 1;
    const lastName = pick(LAST);
    const firstName = pick(FIRST);
    const [jobTitle, romeCode] = pick(JOBS);
    const hireYear = 1985 + Math.floor(random() * 38);
    return {
      employeeNumber: `S${pad(n, 6)}`,
      lastName,
      firstName,
      email: `${ascii(firstName)}.${ascii(lastName)}.${n}@acme-industrie.example`,
      site: pick(SITES),
      jobTitle,
      romeCode,
      hireDate: `${pad(1 + Math.floor(random() * 28))}/${pad(1 + Math.floor(random() * 12))}/${hireYear}`,
      contractEndDate: `${pad(1 + Math.floor(random() * 28))}/06/2027`,
      languages: random() < 0.2 ? 'fr, ar' : random() < 0.1 ? 'fr, en' : 'fr',
      postcode: `69${pad(Math.floor(random() * 1000), 3)}`,
    };
  });
}

/**
 * The file: the valid people with, spread through it, `duplicates` rows repeating an earlier
 * person's employee number (another email, so the number is what repeats) and `broken` rows.
 */
export function soakFile(shape: SoakFileShape): SoakFile {
  const people = soakPeople(shape.people, shape.seed);
  const random = seededRandom(shape.seed ^ 0x5eed);
  const rows: string[][] = people.map(cellsOf);
  const insertAt = () => 1 + Math.floor(random() * rows.length);
  for (let i = 0; i < shape.duplicates; i++) {
    const at = insertAt();
    // A person already above the insertion point: the file's first row keeps the number.
    const original = rows[Math.floor(random() * at)]!;
    const copy = [...original];
    copy[3] = `doublon.${i}@acme-industrie.example`;
    rows.splice(at, 0, copy);
  }
  for (let i = 0; i < shape.broken; i++) {
    // A broken row is a person of its own (a number no valid row holds), one cell wrong.
    const n = shape.people + 1 + i;
    const base = cellsOf({
      ...people[i % people.length]!,
      employeeNumber: `S${pad(n, 6)}`,
      email: `casse.${n}@acme-industrie.example`,
    });
    rows.splice(insertAt(), 0, breakRow(base, i).cells);
  }
  return {
    bytes: csvFile(rows, { delimiter: ';', encoding: 'windows-1252' }),
    people,
    rows: rows.length,
    duplicates: shape.duplicates,
    broken: shape.broken,
    withCode: people.filter((person) => person.romeCode !== '').length,
  };
}
