import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DOC = 'docs/architecture.md';
const SERVICES = [
  'intake',
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'identity',
  'notifier',
  'reporting',
  'career',
] as const;

/** A rule's file as the doc names it: a domain lib's source, or the shared disclosure rules. */
const RULE_FILE = /`(libs\/(?:[a-z0-9-]+\/domain|shared\/disclosure)\/src\/[^`\s]+\.ts)`/g;

/** What a pure rule must not reach: the framework, the database, Kafka, the file system. */
const FORBIDDEN: readonly RegExp[] = [
  /^@nestjs\//,
  /^typeorm(\/|$)/,
  /^kafkajs(\/|$)/,
  /^pg(\/|$)/,
  /^@passerelle\/shared\/(messaging|database|runtime)(\/|$)/,
  /^(node:)?fs(\/|$)/,
];

const SPECIFIERS: readonly RegExp[] = [
  /\bfrom\s*['"]([^'"\n]+)['"]/g, // import ... from '...', export ... from '...'
  /\bimport\s*['"]([^'"\n]+)['"]/g, // import '...'
  /\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g, // require('...'), import('...')
];

/** Comments out, so that a comment naming `process.env` or an example import is not taken for code. */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1');

function specifiersOf(source: string): string[] {
  const code = withoutComments(source);
  return SPECIFIERS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

/** Every distinct rule file the doc names, repository-relative. */
function ruleFilesOf(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(RULE_FILE)].map((match) => match[1]!))].sort();
}

/** `intake` for `libs/intake/domain/src/...`, `shared/disclosure` for the shared rules. */
const ownerOf = (file: string) =>
  file
    .split('/')
    .slice(1, 3)
    .join('/')
    .replace(/\/domain$/, '');

/** The source file a relative specifier points to, as TypeScript would resolve it. */
function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/**
 * Why a file is not a pure module: each forbidden import or `process.env` read, in the file or in
 * any file of its lib it imports (followed transitively), naming the file that holds it.
 */
function impurities(file: string): string[] {
  const libSrc = join(ROOT, file.slice(0, file.indexOf('/src/') + '/src/'.length));
  if (!existsSync(join(ROOT, file))) return [`${file} does not exist`];
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string, via: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const name = relative(ROOT, path).split(sep).join('/');
    const where = via ? `${name} (imported via ${via})` : name;
    const source = readFileSync(path, 'utf8');
    if (/\bprocess\.env\b/.test(withoutComments(source))) problems.push(`${where} reads process.env`);
    for (const specifier of specifiersOf(source)) {
      if (FORBIDDEN.some((pattern) => pattern.test(specifier))) {
        problems.push(`${where} imports '${specifier}'`);
      } else if (specifier.startsWith('.')) {
        const target = resolveRelative(path, specifier);
        if (!target) problems.push(`${where} imports '${specifier}', which resolves to no file`);
        else if (!target.startsWith(libSrc))
          problems.push(`${where} imports '${specifier}', outside its lib`);
        else visit(target, via ? `${via} -> ${name}` : name);
      }
    }
  };
  visit(join(ROOT, file), '');
  return problems;
}

describe(`${DOC}: each business rule's file is a pure domain module`, () => {
  const files = ruleFilesOf(readFileSync(join(ROOT, DOC), 'utf8'));

  it('names at least 25 rule files, at least 3 for each service', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    const perOwner = new Map<string, number>();
    for (const file of files) perOwner.set(ownerOf(file), (perOwner.get(ownerOf(file)) ?? 0) + 1);
    const short = SERVICES.filter((service) => (perOwner.get(service) ?? 0) < 3).map(
      (service) => `${service}: ${perOwner.get(service) ?? 0}`,
    );
    expect(short).toEqual([]);
  });

  it.each(files)('%s exists and is not a test file', (file) => {
    expect({ file, exists: existsSync(join(ROOT, file)) }).toEqual({ file, exists: true });
    expect(file).not.toMatch(/\.(spec|int-spec)\.ts$|\/(test|fixtures)\//);
  });

  it.each(files)('%s imports no framework, database, Kafka or file system, nor reads process.env', (file) => {
    expect(impurities(file)).toEqual([]);
  });
});
