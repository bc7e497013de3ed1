import { PUBLIC_METADATA, ROLES_METADATA } from './access.decorators';

// Metadata keys @nestjs/graphql puts on resolver methods (queries, mutations, fields, references).
const RESOLVER_METHOD_KEYS = [
  'graphql:resolver_type',
  'graphql:resolve_property',
  'graphql:resolve_reference',
];

/**
 * Lists resolver methods that declare neither @Roles nor @Public. The guard denies them anyway;
 * this lets a test fail at build time instead of a user at run time.
 */
export function resolverMethodsWithoutAccessRule(resolvers: Function[]): string[] {
  const missing: string[] = [];
  for (const resolver of resolvers) {
    const classRule =
      Reflect.getMetadata(ROLES_METADATA, resolver) !== undefined ||
      Reflect.getMetadata(PUBLIC_METADATA, resolver);
    for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
      if (name === 'constructor') continue;
      const method = (resolver.prototype as Record<string, unknown>)[name];
      if (typeof method !== 'function') continue;
      const isResolver = RESOLVER_METHOD_KEYS.some((key) => Reflect.getMetadata(key, method) !== undefined);
      if (!isResolver) continue;
      const rule =
        Reflect.getMetadata(ROLES_METADATA, method) !== undefined ||
        Reflect.getMetadata(PUBLIC_METADATA, method);
      if (!rule && !classRule) missing.push(`${resolver.name}.${name}`);
    }
  }
  return missing;
}
