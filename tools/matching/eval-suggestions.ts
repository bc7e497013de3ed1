import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  demandScale,
  parseHollandCode,
  rankOccupations,
  resolveJobTitle,
  SHIPPED_MOBILITY_MODEL,
  TitleMatcher,
  type CandidateProfile,
} from '@passerelle/matching/domain';
import {
  catalogueFromRelease,
  jobTitlesFromRelease,
  readRomeRelease,
} from '@passerelle/matching/feature-reference';
import type { Track } from '@passerelle/shared/contracts';
import { nationalDemand } from './national-demand';

/**
 * A readable audit of the ranking: for each job title as written, the occupation it resolves to
 * and the top suggestions with their reasons, for a given Holland code and track, with national
 * demand (the files carry no person's area).
 *
 *   npm run eval:suggestions -- --titles "Soudeur,Cariste" [--holland EIR] [--track retraining]
 *                               [--limit 10] [--lang fr|en] [--from ../shared/data] [--linear]
 *
 * `--linear` ranks without the learned mobility (the neighbours' score instead), as before issue 19.
 */
const { values } = parseArgs({
  options: {
    titles: { type: 'string', default: 'Soudeur,Cariste,Assistante RH,Opérateur de production,Comptable' },
    holland: { type: 'string', default: 'EIR' },
    track: { type: 'string', default: 'retraining' },
    limit: { type: 'string', default: '10' },
    lang: { type: 'string', default: 'fr' },
    from: { type: 'string', default: '../shared/data' },
    linear: { type: 'boolean', default: false },
  },
});

const PROXIMITY = { same: 'même métier', close: 'proche', off_track: 'hors domaine' } as const;

function main(): void {
  const directory = resolve(values.from!);
  const release = readRomeRelease(directory);
  const { catalogue, skills } = catalogueFromRelease(release);
  // As the service builds it (ReferenceCatalogueCache): the titles, and what the skills say.
  const titles = new TitleMatcher(jobTitlesFromRelease(release)).describe(
    new Map(
      catalogue.occupations.map((o) => [o.code, o.skillCodes.map((code) => catalogue.skillLabel(code))]),
    ),
  );
  const demand = nationalDemand(directory, release);
  const context = {
    catalogue,
    skills,
    demandFor: (code: string) => demand.get(code) ?? null,
    demandScale: demandScale(demand),
    // As the service ranks (ReferenceCatalogueCache): with the learned mobility, unless --linear.
    mobility: values.linear ? undefined : { model: SHIPPED_MOBILITY_MODEL, nationalDemand: demand },
  };
  const hollandCode = parseHollandCode(values.holland!);
  const track = values.track as Track;
  const english = values.lang === 'en';
  console.log(
    `Holland code ${hollandCode.join('') || '(none)'}, track ${track}, national demand (BMO 2025)\n`,
  );
  for (const title of values
    .titles!.split(',')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const [match] = titles.match(title, 1);
    const resolution = resolveJobTitle(titles, title);
    if (!match) {
      console.log(`## ${title}: no occupation found\n`);
      continue;
    }
    const former = catalogue.byCode.get(match.romeCode)!;
    console.log(
      `## « ${title} » -> ${former.code} ${former.label} (confidence ${match.confidence.toFixed(2)}, ${resolution.outcome === 'automatic' ? 'automatic' : 'the coach confirms at enrolment'}, entry level ${former.entryLevel ?? '?'})\n`,
    );
    const profile: CandidateProfile = {
      formerOccupationCode: former.code,
      track,
      hollandCode,
      ratedSkills: [],
    };
    for (const item of rankOccupations(profile, context, { limit: Number(values.limit) })) {
      const target = catalogue.byCode.get(item.occupationCode)!;
      console.log(
        `${item.rank}. ${item.occupationCode} ${item.label} [${PROXIMITY[item.proximity]}, score ${item.score.toFixed(3)}, ` +
          `level ${target.entryLevel ?? '?'}, RIASEC ${[target.riasecMajor, target.riasecMinor].filter(Boolean).join('')}]`,
      );
      console.log(`   ${english ? item.explanationEn : item.explanation}`);
    }
    console.log('');
  }
}

main();
