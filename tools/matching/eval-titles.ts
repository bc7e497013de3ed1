import { resolve } from 'node:path';
import {
  abbreviatedForm,
  accuracyAtK,
  feminineForm,
  seededRandom,
  TitleMatcher,
  truncatedForm,
  typoForm,
  type JobTitle,
} from '@passerelle/matching/domain';
import { jobTitlesFromRelease, readRomeRelease } from '@passerelle/matching/feature-reference';

/**
 * Title normalisation accuracy on a held-out set built from ROME's job titles. A seeded fifth of
 * the synonym titles is taken out of the index; each held-out title is then typed as a person
 * would (as is, feminine form only, abbreviated, truncated to two words, with a typo) and the
 * matcher must find its ROME code among the occupations it returns. ROME's own short labels
 * ("Accompagnateur(trice) formateur(trice) technique insert prof") are a second set, on the full index.
 *
 *   npm run eval:titles -- [--from ../shared/data] [--seed 7]
 */
function main(): void {
  const argument = (name: string): string | undefined => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const directory = resolve(argument('--from') ?? '../shared/data');
  const random = seededRandom(Number(argument('--seed') ?? 7));
  const started = Date.now();
  const titles = jobTitlesFromRelease(readRomeRelease(directory));
  const principal = new Set(
    readRomeRelease(directory)
      .titles.filter((t) => t.principal)
      .map((t) => t.code),
  );

  // Keep every principal title in the index so each occupation stays findable.
  const heldOut: JobTitle[] = [];
  const indexed: JobTitle[] = [];
  for (const title of titles) (!principal.has(title.code) && random() < 0.2 ? heldOut : indexed).push(title);
  const matcher = new TitleMatcher(indexed);

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
  const full = new TitleMatcher(titles);
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
  const queriesPerSecond =
    (sets.reduce((n, [, q]) => n + q.length, 0) + shortForms.length) / ((Date.now() - started) / 1000);
  console.log(
    `(${((Date.now() - started) / 1000).toFixed(1)} s, about ${Math.round(queriesPerSecond)} queries/s including index builds)`,
  );
}

main();
