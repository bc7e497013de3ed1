import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment once, at start, against the app's schema. Every missing or bad key is
 * named in one error, so a deploy fails fast with everything to fix at once. Nothing else in the
 * code reads process.env.
 */
export function loadConfig<TSchema extends z.ZodObject>(
  schema: TSchema,
  env: Record<string, string | undefined> = process.env,
): z.infer<TSchema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const key = issue.path.join('.');
      return env[key] === undefined
        ? `${key} is missing (${issue.message})`
        : `${key} is invalid: ${issue.message}`;
    }),
  );
}

/** The environment keys a schema reads; k8s manifests and .env.example are checked against it. */
export function configKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).sort();
}
