import { genderVariants } from './text';
import { pick } from './seeded-random';

/**
 * Noisy forms of a job title, as people type them in a CV or an HR export: used to build the
 * held-out set that measures title normalisation.
 */

const ABBREVIATE: Record<string, string> = {
  responsable: 'Resp.',
  technicien: 'Tech.',
  technicienne: 'Tech.',
  ingénieur: 'Ing.',
  ingénieure: 'Ing.',
  assistant: 'Assist.',
  assistante: 'Assist.',
  directeur: 'Dir.',
  directrice: 'Dir.',
  commercial: 'Cial',
  commerciale: 'Cial',
  administratif: 'Admin.',
  administrative: 'Admin.',
  maintenance: 'maint.',
  production: 'prod.',
  logistique: 'log.',
  conducteur: 'Cond.',
  conductrice: 'Cond.',
  opérateur: 'Op.',
  opératrice: 'Op.',
  informatique: 'info',
  adjoint: 'Adj.',
  adjointe: 'Adj.',
  agent: 'Agt',
  agente: 'Agt',
};

/** The feminine form alone ("Technicienne réseau"), or the title when it has one gender. */
export function feminineForm(label: string): string {
  const variants = genderVariants(label);
  return variants[variants.length - 1];
}

/** Common words replaced by the abbreviations seen in CVs; null when none applies. */
export function abbreviatedForm(label: string): string | null {
  let changed = false;
  const words = genderVariants(label)[0]
    .split(/\s+/)
    .map((word) => {
      const replacement = ABBREVIATE[word.toLowerCase()];
      if (replacement) changed = true;
      return replacement ?? word;
    });
  return changed ? words.join(' ') : null;
}

/** The first `count` words of the masculine form, as in a terse CV line ("Conducteur engins"). */
export function truncatedForm(label: string, count = 2): string {
  return genderVariants(label)[0]
    .split(/\s+/)
    .filter((word) => !/^(de|d'|des|du|la|le|l'|en|et|à)$/i.test(word))
    .slice(0, count)
    .join(' ');
}

/** One typing error (swap, drop or double a letter) in the longest word, lower-cased and without accents. */
export function typoForm(label: string, random: () => number): string {
  const words = genderVariants(label)[0]
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/);
  let longest = 0;
  words.forEach((word, index) => {
    if (word.length > words[longest].length) longest = index;
  });
  const word = words[longest];
  if (word.length < 4) return words.join(' ');
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = pick(random, ['swap', 'drop', 'double'] as const);
  words[longest] =
    kind === 'swap'
      ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
      : kind === 'drop'
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + word[at] + word.slice(at);
  return words.join(' ');
}
