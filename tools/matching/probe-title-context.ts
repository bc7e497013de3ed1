import { resolve } from 'node:path';
import { resolveJobTitle, TitleMatcher } from '@passerelle/matching/domain';
import {
  jobTitlesFromRelease,
  readNafDivisions,
  readOccupationSectors,
  readRomeRelease,
  skillLabelsByOccupation,
} from '@passerelle/matching/feature-reference';

/**
 * How the title resolver reads generic titles at sites other than the HR cohort's three (decision
 * 0054): an inspection, not a measurement (no coach's code is written for these rows). Prints what
 * `resolveJobTitle` answers, on the official ROME, for
 *
 * - three production titles with a "Production" service at every manufacturing division (10-32),
 *   with the division's trade words (`TitleMatcher.tradeWords`);
 * - four titles with the service words of eight sites (`SITES`).
 *
 * An answer reads "code confidence title"; "coach" when the person's coach would confirm.
 *
 *   node -r ./tools/register.js tools/matching/probe-title-context.ts [--from ../shared/data]
 */
const PRODUCTION_TITLES = ['Opérateur de production', 'Agent de fabrication', 'Opératrice de fabrication'];
const SERVICE_TITLES = [
  'Opérateur de production',
  'Agent de fabrication',
  'Conducteur de ligne',
  'Opérateur',
];
const SITES: readonly [string, string, readonly string[]][] = [
  ['25.62A', 'machining', ['Usinage', 'Soudure', 'Peinture', 'Découpe', 'Assemblage']],
  ['22.29A', 'plastics', ['Extrusion', 'Thermoformage', 'Injection', 'Finition', 'Assemblage']],
  ['10.71A', 'bakery', ['Cuisson', 'Pétrissage', 'Emballage', 'Conditionnement']],
  ['16.10A', 'sawmill', ['Sciage', 'Séchage', 'Rabotage']],
  ['17.21A', 'paper and board', ['Façonnage', 'Impression', 'Transformation']],
  ['29.32Z', 'car parts', ['Peinture', 'Soudure', 'Assemblage', 'Découpe', 'Emboutissage']],
  ['20.16Z', 'plastics in primary forms', ['Synthèse', 'Mélange', 'Conditionnement']],
  ['31.09B', 'furniture', ['Vernissage', 'Ponçage', 'Montage']],
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
  const answer = (title: string, nafCode: string, service: string): string => {
    const resolution = resolveJobTitle(matcher, title, undefined, { nafCode, service });
    return resolution.outcome === 'automatic'
      ? `${resolution.romeCode} ${resolution.confidence.toFixed(3)} ${resolution.candidates[0]?.titleLabel ?? ''}`
      : 'coach';
  };

  console.log('Production titles, service "Production", at every manufacturing division:');
  for (let n = 10; n <= 32; n++) {
    const division = String(n);
    const label = divisions.get(division);
    if (!label) continue;
    console.log(`${division} ${label} [${matcher.tradeWords(division).join(' ')}]`);
    for (const title of PRODUCTION_TITLES)
      console.log(`    ${title.padEnd(26)} ${answer(title, `${division}.00Z`, 'Production')}`);
  }
  console.log('\nTitles with the service words of eight sites:');
  for (const [nafCode, site, services] of SITES)
    for (const service of services)
      for (const title of SERVICE_TITLES)
        console.log(
          `${nafCode} ${site}, ${service} | ${title.padEnd(24)} ${answer(title, nafCode, service)}`,
        );
}

main();
