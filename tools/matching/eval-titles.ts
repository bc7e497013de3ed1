import { resolve } from 'node:path';
import {
  abbreviatedForm,
  accuracyAtK,
  feminineForm,
  genderVariants,
  masculineToken,
  resolveJobTitle,
  seededRandom,
  TITLE_RESOLUTION_POLICY,
  TitleMatcher,
  titleTokens,
  truncatedForm,
  typoForm,
  type JobTitle,
} from '@passerelle/matching/domain';
import {
  jobTitlesFromRelease,
  readNafDivisions,
  readOccupationSectors,
  readRomeRelease,
  skillLabelsByOccupation,
} from '@passerelle/matching/feature-reference';
import { hrCohort, type CohortPerson } from './hr-title-cohort';

/**
 * Title normalisation accuracy on a held-out set built from ROME's job titles. A seeded fifth of
 * the synonym titles is taken out of the index; each held-out title is then typed as a person
 * would (as is, feminine form only, abbreviated, truncated to two words, with a typo) and the
 * matcher must find its ROME code among the occupations it returns. ROME's own short labels
 * ("Accompagnateur(trice) formateur(trice) technique insert prof") are a second set, on the full index.
 *
 * Then a realistic HR cohort (`hr-title-cohort.ts`, seeded) goes through the resolver enrolment
 * uses (`resolveJobTitle`): the share given a code automatically, how often that code is the one a
 * coach would pick, and how often the coach's code is among the three offered otherwise.
 *
 * `--misses` sorts the held-out titles the matcher misses at rank 1 into buckets (docs/matching.md,
 * "Where the held-out titles are lost"), with ten examples each.
 *
 *   npm run eval:titles -- [--from ../shared/data] [--seed 7] [--cohort 5050] [--sweep] [--misses]
 */
function main(): void {
  const argument = (name: string): string | undefined => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const directory = resolve(argument('--from') ?? '../shared/data');
  const random = seededRandom(Number(argument('--seed') ?? 7));
  const started = Date.now();
  const release = readRomeRelease(directory);
  const titles = jobTitlesFromRelease(release);
  const descriptions = skillLabelsByOccupation(release);
  const described = !process.argv.includes('--titles-only');
  const principal = new Set(release.titles.filter((t) => t.principal).map((t) => t.code));

  // Keep every principal title in the index so each occupation stays findable.
  const heldOut: JobTitle[] = [];
  const indexed: JobTitle[] = [];
  for (const title of titles) (!principal.has(title.code) && random() < 0.2 ? heldOut : indexed).push(title);
  const sectors = readOccupationSectors(directory);
  const divisions = readNafDivisions(directory);
  const matcher = new TitleMatcher(indexed).locate(sectors, divisions);
  if (described) matcher.describe(descriptions);

  const sets: [string, { expected: string; query: string }[]][] = [
    ['held-out titles, as written', heldOut.map((t) => ({ expected: t.romeCode, query: t.label }))],
    ['  feminine form only', heldOut.map((t) => ({ expected: t.romeCode, query: feminineForm(t.label) }))],
    [
      '  abbreviated (Resp., Tech.)',
      heldOut.flatMap((t) => {
        const query = abbreviatedForm(t.label);
        return query ? [{ expected: t.romeCode, query }] : [];
      }),
    ],
    ['  first two words', heldOut.map((t) => ({ expected: t.romeCode, query: truncatedForm(t.label) }))],
    [
      '  one typo, no accents',
      heldOut.map((t) => ({ expected: t.romeCode, query: typoForm(t.label, random) })),
    ],
  ];
  const full = new TitleMatcher(titles).locate(sectors, divisions);
  if (described) full.describe(descriptions);
  const shortForms = titles.filter((t) => t.shortLabel && t.shortLabel !== t.label);

  console.log(
    `${titles.length} ROME job titles; ${indexed.length} indexed, ${heldOut.length} held out (seeded)`,
  );
  console.log('set                              queries   acc@1    acc@3');
  const report = (
    name: string,
    queries: { expected: string; query: string }[],
    using: TitleMatcher,
  ): void => {
    const predictions = queries.map(({ expected, query }) => ({
      expected,
      predicted: using.match(query, 3).map((match) => match.romeCode),
    }));
    console.log(
      `${name.padEnd(32)} ${String(queries.length).padStart(7)}   ${accuracyAtK(predictions, 1).toFixed(3)}    ${accuracyAtK(predictions, 3).toFixed(3)}`,
    );
  };
  for (const [name, queries] of sets) report(name, queries, matcher);
  report(
    'ROME short labels (full index)',
    shortForms.map((t) => ({ expected: t.romeCode, query: t.shortLabel! })),
    full,
  );
  if (process.argv.includes('--misses')) {
    const parents = new Map(release.occupations.map((o) => [o.code, o.parentCode]));
    reportMisses(indexed, heldOut, matcher, parents);
  }
  const queriesPerSecond =
    (sets.reduce((n, [, q]) => n + q.length, 0) + shortForms.length) / ((Date.now() - started) / 1000);
  console.log(
    `(${((Date.now() - started) / 1000).toFixed(1)} s, about ${Math.round(queriesPerSecond)} queries/s including index builds)`,
  );

  const cohort = hrCohort(Number(argument('--cohort') ?? 5050), random);
  console.log(
    `\nHR cohort: ${cohort.length} people (seeded), resolved with threshold ${TITLE_RESOLUTION_POLICY.threshold}, lead ${TITLE_RESOLUTION_POLICY.margin}`,
  );
  reportCohort(full, cohort, TITLE_RESOLUTION_POLICY, true);
  console.log(
    `\nThe same cohort with its context (the site's NAF code and the service column), against the coach's code with that context`,
  );
  reportContext(full, cohort, TITLE_RESOLUTION_POLICY, true);
  if (process.argv.includes('--sweep')) {
    // The auto-accept rule's calibration curve: for each threshold and lead, the share resolved
    // without a coach and the precision of those automatic codes, on the held-out ROME titles (the
    // matcher without them) and on the cohort, where a generic title answered automatically counts
    // as wrong (no single code is right for it). Choose on one seed, check on another.
    const heldOutQueries = heldOut.map((t) => ({ expected: t.romeCode, title: t.label }));
    console.log(
      '\n                 held-out titles            HR cohort',
      '\nthreshold  lead   automatic  precision    automatic  precision  (specific titles only)   with context: sure  precision',
    );
    for (const threshold of [0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95])
      for (const margin of [0, 0.02, 0.04, 0.06, 0.1]) {
        const policy = { threshold, margin };
        const held = heldOutQueries.map(({ expected, title }) => ({
          expected,
          resolution: resolveJobTitle(matcher, title, policy),
        }));
        const heldAutomatic = held.filter(({ resolution }) => resolution.outcome === 'automatic');
        const heldRight = heldAutomatic.filter(
          ({ expected, resolution }) =>
            resolution.outcome === 'automatic' && resolution.romeCode === expected,
        );
        const share = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
        process.stdout.write(
          `${threshold.toFixed(2).padStart(9)}  ${margin.toFixed(2)}   ${share(heldAutomatic.length, held.length).padStart(9)}  ${share(heldRight.length, heldAutomatic.length).padStart(9)}  `,
        );
        reportCohort(full, cohort, policy, false);
        reportContext(full, cohort, policy, false);
      }
  }
}

/**
 * Where the held-out titles are lost: each miss at rank 1 in one bucket, by whether the right code
 * is among the 30 candidates and how many of the title's words (masculine forms) its indexed
 * titles hold compared with the occupation ranked first.
 */
function reportMisses(
  indexed: readonly JobTitle[],
  heldOut: readonly JobTitle[],
  matcher: TitleMatcher,
  parents: ReadonlyMap<string, string>,
): void {
  const words = (text: string) => [...new Set(titleTokens(text).map(masculineToken))];
  const held = new Map<string, Set<string>>();
  for (const title of indexed) {
    const bag = held.get(title.romeCode) ?? new Set<string>();
    for (const word of words(title.label)) bag.add(word);
    held.set(title.romeCode, bag);
  }
  const share = (query: string[], code: string | undefined) =>
    code === undefined ? 0 : query.filter((word) => held.get(code)?.has(word)).length / query.length;
  const buckets = new Map<string, { n: number; ranks: number[]; examples: string[] }>();
  const ranks = [0, 0, 0, 0, 0];
  let sameFamily = 0;
  for (const title of heldOut) {
    const matches = matcher.match(title.label, 30);
    const rank = matches.findIndex((match) => match.romeCode === title.romeCode);
    ranks[rank < 0 ? 4 : rank === 0 ? 0 : rank < 3 ? 1 : rank < 10 ? 2 : 3]++;
    if (rank === 0) continue;
    const query = words(title.label);
    const own = share(query, title.romeCode);
    const first = matches[0];
    const sibling = share(query, first?.romeCode);
    if (first && parents.get(first.romeCode) === parents.get(title.romeCode)) sameFamily++;
    const bucket =
      own === 0
        ? 'no word of the title in any other title of its code'
        : rank < 0
          ? own < 0.5
            ? 'not a candidate: its code holds under half of the words'
            : 'not a candidate: its code holds half or more of the words'
          : sibling > own
            ? "the first code's titles hold more of the words"
            : sibling === own
              ? 'the first code holds as many of the words (a tie on words)'
              : 'its own code holds more of the words but ranks lower';
    const row = buckets.get(bucket) ?? { n: 0, ranks: [0, 0, 0, 0], examples: [] };
    row.n++;
    row.ranks[rank < 0 ? 3 : rank < 3 ? 0 : rank < 10 ? 1 : 2]++;
    if (row.examples.length < 10)
      row.examples.push(
        `${title.label} [${title.romeCode}] -> ${first ? `${first.romeCode} ${first.titleLabel}` : 'nothing'}${rank < 0 ? '' : `, right code ${rank + 1}th`}`,
      );
    buckets.set(bucket, row);
  }
  console.log(
    `\nHeld-out titles as written, where the right code ranks: first ${ranks[0]}, 2-3 ${ranks[1]}, 4-10 ${ranks[2]}, 11-30 ${ranks[3]}, not among the 30 candidates ${ranks[4]}`,
  );
  console.log(`Misses whose first code is of the same ROME 4.0 family (code_rome_parent): ${sameFamily}`);
  for (const [bucket, row] of [...buckets].sort(([, a], [, b]) => b.n - a.n)) {
    console.log(
      `  ${bucket.padEnd(60)} ${String(row.n).padStart(5)}  (ranks 2-3 / 4-10 / 11-30 / absent: ${row.ranks.join(' / ')})`,
    );
    for (const example of row.examples) console.log(`      ${example}`);
  }
  const gendered = heldOut.filter((title) => genderVariants(title.label).length > 1).length;
  console.log(`  (${gendered} of the ${heldOut.length} held-out titles have two gender forms)`);
}

function reportCohort(
  matcher: TitleMatcher,
  cohort: CohortPerson[],
  policy: { threshold: number; margin: number },
  detailed: boolean,
): void {
  const outcomes = cohort.map((person) => ({
    person,
    resolution: resolveJobTitle(matcher, person.title, policy),
  }));
  const automatic = outcomes.filter(({ resolution }) => resolution.outcome === 'automatic');
  const judged = automatic.filter(({ person }) => person.expected !== null);
  const right = judged.filter(
    ({ person, resolution }) => resolution.outcome === 'automatic' && resolution.romeCode === person.expected,
  );
  const share = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
  if (!detailed) {
    process.stdout.write(
      `${share(automatic.length, cohort.length).padStart(11)}  ${share(right.length, automatic.length).padStart(9)}  (${share(right.length, judged.length)})`.padEnd(
        46,
      ),
    );
    return;
  }
  const toConfirm = outcomes.filter(({ resolution }) => resolution.outcome === 'to_confirm');
  const offered = toConfirm.filter(
    ({ person, resolution }) =>
      person.expected !== null &&
      resolution.outcome === 'to_confirm' &&
      resolution.candidates.some((c) => c.romeCode === person.expected),
  );
  const generic = cohort.filter((person) => person.expected === null).length;
  console.log(`  code given automatically (high confidence)     ${share(automatic.length, cohort.length)}`);
  console.log(`    precision (a generic title answered is wrong) ${share(right.length, automatic.length)}`);
  console.log(
    `    of which the coach's code                    ${share(right.length, judged.length)} (${judged.length} with one code a coach would pick)`,
  );
  console.log(`    of which generic titles (several fit)        ${automatic.length - judged.length}`);
  console.log(`  to confirm by the coach (top three offered)    ${share(toConfirm.length, cohort.length)}`);
  console.log(
    `    generic titles among them                    ${share(toConfirm.filter(({ person }) => person.expected === null).length, toConfirm.length)}`,
  );
  console.log(
    `    coach's code among the three offered         ${share(offered.length, toConfirm.filter(({ person }) => person.expected !== null).length)} (specific titles)`,
  );
  console.log(`  people whose title is generic                  ${share(generic, cohort.length)}`);
  console.log(
    `  specific titles given a code automatically     ${share(judged.length, cohort.length - generic)} (${judged.length} of ${cohort.length - generic}), right ${share(right.length, cohort.length - generic)} of them all`,
  );
  const byForm = new Map<string, { n: number; automatic: number }>();
  for (const { person, resolution } of outcomes) {
    const row = byForm.get(person.form) ?? { n: 0, automatic: 0 };
    row.n++;
    if (resolution.outcome === 'automatic') row.automatic++;
    byForm.set(person.form, row);
  }
  for (const [form, row] of byForm)
    console.log(
      `    ${form.padEnd(28)} ${String(row.n).padStart(5)}  automatic ${share(row.automatic, row.n)}`,
    );
}

/**
 * The cohort resolved with what its HR file gives beside the title (the site's NAF code, the
 * service column), judged against the coach's code with that context (`expectedWithContext`,
 * written in the cohort before the resolver used it): an automatic code where the coach would
 * still ask counts as wrong.
 */
function reportContext(
  matcher: TitleMatcher,
  cohort: CohortPerson[],
  policy: { threshold: number; margin: number },
  detailed: boolean,
): void {
  const outcomes = cohort.map((person) => ({
    person,
    resolution: resolveJobTitle(matcher, person.title, policy, {
      nafCode: person.nafCode,
      service: person.service,
    }),
  }));
  const share = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);
  const automatic = outcomes.filter(({ resolution }) => resolution.outcome === 'automatic');
  const isRight = ({ person, resolution }: (typeof outcomes)[number]) =>
    resolution.outcome === 'automatic' && resolution.romeCode === person.expectedWithContext;
  const right = automatic.filter(isRight);
  if (!detailed) {
    console.log(
      `${share(automatic.length, cohort.length).padStart(9)}  ${share(right.length, automatic.length).padStart(9)}`,
    );
    return;
  }
  const byContext = automatic.filter(
    ({ resolution }) => resolution.outcome === 'automatic' && resolution.byContext,
  );
  const toConfirm = outcomes.filter(({ resolution }) => resolution.outcome === 'to_confirm');
  const judgedToConfirm = toConfirm.filter(({ person }) => person.expectedWithContext !== null);
  const offered = judgedToConfirm.filter(
    ({ person, resolution }) =>
      resolution.outcome === 'to_confirm' &&
      resolution.candidates.some((c) => c.romeCode === person.expectedWithContext),
  );
  const resolvable = cohort.filter((person) => person.expectedWithContext !== null).length;
  console.log(`  code given automatically (a sure code)         ${share(automatic.length, cohort.length)}`);
  console.log(`    precision (against the coach's code)         ${share(right.length, automatic.length)}`);
  console.log(
    `    of which chosen by the context               ${share(byContext.length, cohort.length)} of the people, precision ${share(byContext.filter(isRight).length, byContext.length)}`,
  );
  console.log(`  to confirm by the coach (top three offered)    ${share(toConfirm.length, cohort.length)}`);
  console.log(
    `    coach's code among the three offered         ${share(offered.length, judgedToConfirm.length)} (${judgedToConfirm.length} with a code the coach would pick)`,
  );
  console.log(
    `  people a coach can code with the context       ${share(resolvable, cohort.length)}; of them, given that code automatically ${share(right.length, resolvable)}`,
  );
  const byTitle = new Map<string, { n: number; automatic: number; right: number; truth: Set<string> }>();
  for (const outcome of outcomes) {
    if (outcome.person.expected !== null) continue;
    const key = `${outcome.person.nafCode} ${outcome.person.service.toLowerCase()}`;
    const title = outcome.person.base;
    const row = byTitle.get(`${title} | ${key}`) ?? {
      n: 0,
      automatic: 0,
      right: 0,
      truth: new Set<string>(),
    };
    row.n++;
    row.truth.add(outcome.person.expectedWithContext ?? 'none');
    if (outcome.resolution.outcome === 'automatic') row.automatic++;
    if (isRight(outcome)) row.right++;
    byTitle.set(`${title} | ${key}`, row);
  }
  console.log('  generic titles, by site and service:');
  for (const [key, row] of [...byTitle].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `    ${key.padEnd(58)} ${String(row.n).padStart(4)}  coach: ${[...row.truth].join(',').padEnd(6)} automatic ${share(row.automatic, row.n).padStart(7)}  right ${share(row.right, row.n).padStart(7)}`,
    );
}

main();
