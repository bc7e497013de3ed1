import { resolve } from 'node:path';
import {
  resolveJobTitle,
  TitleMatcher,
  type TitleResolution,
  type TitleResolver,
} from '@passerelle/matching/domain';
import {
  jobTitlesFromRelease,
  readNafDivisions,
  readOccupationSectors,
  readRomeRelease,
  skillLabelsByOccupation,
} from '@passerelle/matching/feature-reference';

/**
 * What read (7) of the title resolver (decision 0057: a service's process read in the division's
 * specific skills) answers beyond the HR cohort: an inspection, not a measurement (no coach's code
 * is written for these rows). On the official ROME, three production titles with each of
 * `SERVICES` at every manufacturing division (10-32), resolved with and without read (7) (the same
 * matcher, without the methods the read needs); prints the rows whose answer differs.
 *
 *   node -r ./tools/register.js tools/matching/probe-service-skills.ts [--from ../shared/data]
 */
const TITLES = ['Opérateur de production', 'Agent de fabrication', 'Opératrice de fabrication'];
const SERVICES = [
  ...['Usinage', 'Découpe', 'Soudure', 'Peinture', 'Montage', 'Assemblage', 'Injection', 'Extrusion'],
  ...['Moulage', 'Emballage', 'Conditionnement', 'Cuisson', 'Séchage', 'Finition', 'Traitement thermique'],
  ...['Traitement de surface', 'Tissage', 'Filature', 'Teinture', 'Impression', 'Fonderie', 'Forge'],
  ...['Laminage', 'Polissage', 'Mélange', 'Broyage', 'Sciage', 'Pressage', 'Fermentation', 'Affinage'],
  ...['Découpage', 'Pliage', 'Câblage', 'Bobinage', 'Tri', 'Préparation', 'Façonnage', 'Trempe'],
  ...['Galvanisation', 'Thermoformage', 'Rectification', 'Tournage', 'Fraisage', 'Chaudronnerie'],
  ...['Tôlerie', 'Vernissage', 'Ponçage', 'Encollage', 'Reliure', 'Abattage', 'Découpe viande'],
  ...['Salaison', 'Embouteillage', 'Vinification', 'Distillation', 'Synthèse', 'Formulation'],
  ...['Enrobage', 'Granulation', 'Stérilisation', 'Cuir', 'Piqûre', 'Coupe', 'Confection'],
  ...['Ébénisterie', 'Tapisserie', 'Verrerie', 'Cuisson céramique', 'Émaillage', 'Electronique'],
  ...['Test', 'Bobinage moteur', 'Intégration', 'Peinture cabine', 'Ferrage', 'Sellerie', 'Carrosserie'],
];

function main(): void {
  const index = process.argv.indexOf('--from');
  const directory = resolve(index > 0 ? process.argv[index + 1] : '../shared/data');
  const release = readRomeRelease(directory);
  const descriptions = skillLabelsByOccupation(release);
  const divisions = readNafDivisions(directory);
  const matcher = new TitleMatcher(jobTitlesFromRelease(release))
    .describe(descriptions)
    .locate(readOccupationSectors(directory), divisions);
  const without: TitleResolver = {
    match: (text, limit) => matcher.match(text, limit),
    correctedTokens: (text) => matcher.correctedTokens(text),
    sectorsOf: (code) => matcher.sectorsOf(code),
    sectorLabel: (division) => matcher.sectorLabel(division),
    tradeWords: (division) => matcher.tradeWords(division),
    family: (word) => matcher.family(word),
  };
  const shown = (resolution: TitleResolution) =>
    resolution.outcome === 'automatic'
      ? `${resolution.romeCode} ${resolution.confidence.toFixed(3)} ${resolution.candidates[0]?.titleLabel ?? ''}`
      : 'coach';
  let rows = 0;
  let changed = 0;
  for (let n = 10; n <= 32; n++) {
    const division = String(n);
    const label = divisions.get(division);
    if (!label) continue;
    for (const service of SERVICES)
      for (const title of TITLES) {
        rows++;
        const context = { nafCode: `${division}.00Z`, service };
        const before = shown(resolveJobTitle(without, title, undefined, context));
        const after = shown(resolveJobTitle(matcher, title, undefined, context));
        if (before === after) continue;
        changed++;
        console.log(`${division} ${label.slice(0, 40)} | ${service} | ${title}: ${before} -> ${after}`);
      }
  }
  console.log(`${changed} of ${rows} rows answered otherwise with read (7)`);
}

main();
