// The console's JavaScript and CSS as a phone downloads them (gzip -9), from the last
// `npm run web:build`; fails when the candidate's first screen passes its budget (issue 14: 200 KB).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = join(__dirname, '..', 'apps', 'web', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// What index.html loads before the first screen: its scripts, module preloads and styles.
const firstScreen = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1]!,
);
const rows = readdirSync(join(dist, 'assets'))
  .filter((file) => /\.(js|css)$/.test(file))
  .map((file) => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      first: firstScreen.includes(`assets/${file}`),
    };
  });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('| file | raw | gzip | loaded by the first screen |\n| --- | ---: | ---: | --- |');
for (const row of rows)
  console.log(`| ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} | ${row.first ? 'yes' : ''} |`);
const first = rows.filter((row) => row.first).reduce((sum, row) => sum + row.gzip, 0);
console.log(
  `\nfirst screen (every role, the candidate's included): ${kb(first)} gzipped, budget ${kb(BUDGET_BYTES)}`,
);
if (first > BUDGET_BYTES) {
  console.error('over budget');
  process.exit(1);
}
