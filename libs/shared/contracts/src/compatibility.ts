/**
 * Checks that a changed event schema can still be read by consumers of its released version and
 * can still read the events produced under it: only optional properties may be added.
 * Works on the JSON Schema documents that zod emits (see released/).
 */
type JsonSchema = {
  type?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  [keyword: string]: unknown;
};

const IGNORED_KEYWORDS = new Set(['additionalProperties', 'description', '$schema']);

export function compatibilityProblems(released: JsonSchema, current: JsonSchema, path = '(root)'): string[] {
  const problems: string[] = [];
  const keywords = new Set([...Object.keys(released), ...Object.keys(current)]);
  for (const keyword of keywords) {
    if (
      IGNORED_KEYWORDS.has(keyword) ||
      keyword === 'properties' ||
      keyword === 'required' ||
      keyword === 'items'
    ) {
      continue;
    }
    if (JSON.stringify(released[keyword]) !== JSON.stringify(current[keyword])) {
      problems.push(
        `${path}: "${keyword}" changed from ${JSON.stringify(released[keyword])} to ${JSON.stringify(current[keyword])}`,
      );
    }
  }
  const releasedRequired = new Set(released.required ?? []);
  const currentRequired = new Set(current.required ?? []);
  for (const name of releasedRequired) {
    if (!currentRequired.has(name)) problems.push(`${path}.${name}: was required, is no longer`);
  }
  for (const name of currentRequired) {
    if (!releasedRequired.has(name))
      problems.push(`${path}.${name}: newly required (only optional fields may be added)`);
  }
  const releasedProps = released.properties ?? {};
  const currentProps = current.properties ?? {};
  for (const [name, schema] of Object.entries(releasedProps)) {
    const now = currentProps[name];
    if (!now) {
      problems.push(`${path}.${name}: removed`);
      continue;
    }
    problems.push(...compatibilityProblems(schema, now, `${path}.${name}`));
  }
  if (released.items && current.items) {
    problems.push(...compatibilityProblems(released.items, current.items, `${path}[]`));
  }
  return problems;
}
