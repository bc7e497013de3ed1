/**
 * Text folding for job titles: accent- and case-insensitive tokens, French stop words dropped,
 * plural endings reduced, and the abbreviations people actually type in a CV expanded.
 */

const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sur',
  'un',
  'une',
]);

/** Abbreviations seen in French job titles, folded (no accents, lower case), to their words. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  resp: 'responsable',
  respo: 'responsable',
  tech: 'technicien',
  techn: 'technicien',
  tec: 'technicien',
  ing: 'ingenieur',
  ingr: 'ingenieur',
  assist: 'assistant',
  asst: 'assistant',
  adj: 'adjoint',
  dir: 'directeur',
  dg: 'directeur general',
  drh: 'directeur ressources humaines',
  daf: 'directeur administratif financier',
  rh: 'ressources humaines',
  grh: 'gestionnaire ressources humaines',
  comm: 'commercial',
  cial: 'commercial',
  admin: 'administratif',
  adm: 'administratif',
  agt: 'agent',
  dev: 'developpeur',
  info: 'informatique',
  inform: 'informatique',
  maint: 'maintenance',
  prod: 'production',
  log: 'logistique',
  logist: 'logistique',
  cond: 'conducteur',
  op: 'operateur',
  oper: 'operateur',
  mgr: 'manager',
  compta: 'comptable',
  cpt: 'comptable',
  secr: 'secretaire',
  vrp: 'voyageur representant placier',
  btp: 'batiment travaux publics',
  ide: 'infirmier',
  as: 'aide soignant',
  asp: 'agent service',
  ash: 'agent service hospitalier',
  cdc: 'chef chantier',
  ce: 'chef equipe',
  mkt: 'marketing',
  mktg: 'marketing',
  elec: 'electricien',
  electr: 'electricien',
  mec: 'mecanicien',
  meca: 'mecanicien',
  ss: 'sous',
  prof: 'professionnel',
  pro: 'professionnel',
  qualif: 'qualifie',
  qual: 'qualite',
  qhse: 'qualite hygiene securite environnement',
  hse: 'hygiene securite environnement',
  sav: 'service apres vente',
  pl: 'poids lourd',
  spl: 'super poids lourd',
  vl: 'vehicule leger',
  cnc: 'commande numerique',
  cn: 'commande numerique',
  gds: 'grande distribution',
  gms: 'grande moyenne surface',
  exp: 'expert',
  bur: 'bureau',
  etud: 'etudes',
  dessin: 'dessinateur',
  ope: 'operateur',
  prepa: 'preparateur',
  prep: 'preparateur',
  cde: 'commande',
  cdes: 'commandes',
  sce: 'service',
  svc: 'service',
  appro: 'approvisionnement',
  achat: 'acheteur',
  mag: 'magasinier',
  magas: 'magasinier',
  cariste: 'cariste',
  vend: 'vendeur',
  conf: 'confirme',
  sup: 'superieur',
  ent: 'entretien',
  bat: 'batiment',
  ind: 'industriel',
  indus: 'industriel',
  infirm: 'infirmier',
  // Seen in HR exports (issue 19): "Ass. de direction", "Cdt de ligne", "Chf d'équipe", "Ctrl qualité".
  ass: 'assistant',
  cdt: 'conducteur',
  chf: 'chef',
  ctrl: 'controleur',
  gest: 'gestionnaire',
  empl: 'employe',
  ouv: 'ouvrier',
  manut: 'manutentionnaire',
};

/** Lower case, no diacritics, ligatures opened, anything that is not a letter or digit a space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Plurals reduced so "réseaux" meets "réseau" and "ventes" meets "vente". */
export function stemToken(token: string): string {
  if (token.length > 4 && token.endsWith('eaux')) return token.slice(0, -1);
  if (token.length > 4 && token.endsWith('aux')) return `${token.slice(0, -3)}al`;
  if (token.length > 3 && (token.endsWith('s') || token.endsWith('x')) && !token.endsWith('ss')) {
    return token.slice(0, -1);
  }
  return token;
}

/**
 * French feminine endings to the masculine form, so "Électricienne", "Opératrice", "Magasinière",
 * "Agente" and "Cheffe" meet "électricien", "opérateur", "magasinier", "agent" and "chef" wherever
 * a title is compared word by word (the occupation-level index of `TitleMatcher`). Applied to
 * folded, stemmed words on both sides, so a word that merely looks feminine ("vente" -> "vent")
 * still meets itself. The first matching rule wins; words of four letters or fewer are kept.
 */
const GENDER_RULES: readonly [string, string][] = [
  ['trice', 'teur'],
  ['euse', 'eur'],
  ['ienne', 'ien'],
  ['enne', 'en'],
  ['onne', 'on'],
  ['ere', 'er'],
  ['ive', 'if'],
  ['elle', 'el'],
  ['ante', 'ant'],
  ['ente', 'ent'],
  ['inte', 'int'],
  ['ale', 'al'],
  ['ee', 'e'],
  ['effe', 'ef'],
];

export function masculineToken(token: string): string {
  if (token.length <= 4) return token;
  for (const [ending, replacement] of GENDER_RULES) {
    if (token.endsWith(ending)) return token.slice(0, -ending.length) + replacement;
  }
  return token;
}

/**
 * The tokens of a title. `expand` replaces known abbreviations (folded, with or without their dot);
 * "(se)" and "(trice)" gender marks of ROME short titles are simply dropped with the punctuation.
 */
export function titleTokens(text: string, expand = true): string[] {
  const tokens: string[] = [];
  for (const raw of foldText(text).split(' ')) {
    if (!raw) continue;
    const expansion = expand ? TITLE_ABBREVIATIONS[raw] : undefined;
    for (const word of expansion ? expansion.split(' ') : [raw]) {
      if (STOP_WORDS.has(word) || word.length < 2) continue;
      tokens.push(stemToken(word));
    }
  }
  return tokens;
}

/**
 * Derivational endings of French job words, longest first: a trade, its activity, its place and
 * its product share the root before them ("emballeur", "emballage"; "caissier", "caisserie";
 * "parfumeur", "parfumerie"; "soudeur", "soudure"; "réflexologue", "réflexologie"). A verb in -ir
 * meets its -iss- words ("emboutir", "emboutissage", "emboutisseur"; "fournir", "fournisseur").
 */
const ROOT_SUFFIXES: readonly string[] = [
  'issement',
  'issage',
  'isseur',
  'ement',
  'ateur',
  'ation',
  'erie',
  'iste',
  'isme',
  'ique',
  'aire',
  'ier',
  'eur',
  'ite',
  'age',
  'ure',
  'ien',
  'ie',
  'ue',
  'if',
  'al',
  'el',
  'er',
  'ir',
  'e',
];
/** What a root keeps at least: shorter ones would join unrelated words ("vent", "vend"). */
const MIN_ROOT = 4;

/**
 * A word's root: in the masculine (`masculineToken`), then without its derivational ending, so
 * that a word no title uses ("caisserie") can still meet a title word of the same family
 * ("caissier"). Applied to folded, stemmed words. Words whose root would be shorter than four
 * letters are kept whole.
 */
export function wordRoot(token: string): string {
  const word = masculineToken(token);
  for (const suffix of ROOT_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_ROOT)
      return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * "Technicien / Technicienne réseau" reads as two titles: "Technicien réseau" and "Technicienne
 * réseau". Both are indexed so that a one-gender query is not diluted by the other gender's words.
 */
export function genderVariants(label: string): string[] {
  const slash = label.indexOf(' / ');
  if (slash < 0) return [label];
  const left = label.slice(0, slash).trim().split(/\s+/);
  const right = label
    .slice(slash + 3)
    .trim()
    .split(/\s+/);
  if (right.length < left.length) return [label];
  const masculine = [...left, ...right.slice(left.length)].join(' ');
  return [masculine, right.join(' ')];
}
