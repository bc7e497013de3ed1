// The console's JavaScript and CSS as a phone downloads them (gzip -9), per role, from the last
// `npm run web:build` (its manifest says which files each role's screens load); fails when the
// candidate's first screen passes its budget (issue 14: 200 KB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = join(__dirname, '..', 'apps', 'web', 'dist');

interface Chunk {
  file: string;
  css?: string[];
  imports?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;

/** A chunk's files with everything it imports statically (what the browser fetches before it runs). */
function filesOf(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return new Set();
  seen.add(key);
  const files = new Set([chunk.file, ...(chunk.css ?? [])]);
  for (const imported of chunk.imports ?? []) for (const file of filesOf(imported, seen)) files.add(file);
  return files;
}

const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipped(file), 0);

const shell = filesOf('index.html');
const roles = [
  'candidate/CandidateApp',
  'coach/CoachApp',
  'ops/OpsApp',
  'sponsor/SponsorApp',
  'committee/CommitteeApp',
].map((path) => {
  const own = [...filesOf(`src/${path}.tsx`)].filter((file) => !shell.has(file));
  return { role: path.split('/')[0]!, own, total: sum(shell) + sum(own) };
});

console.log('| what | files | gzip |\n| --- | ---: | ---: |');
console.log(`| sign-in and shell (every role) | ${shell.size} | ${kb(sum(shell))} |`);
for (const role of roles)
  console.log(`| ${role.role}: shell + own screens | ${shell.size + role.own.length} | ${kb(role.total)} |`);
const candidate = roles.find((role) => role.role === 'candidate')!.total;
console.log(`\ncandidate's first screen: ${kb(candidate)} gzipped, budget ${kb(BUDGET_BYTES)}`);
if (candidate > BUDGET_BYTES) {
  console.error('over budget');
  process.exit(1);
}
