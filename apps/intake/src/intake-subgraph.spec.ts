import 'reflect-metadata';
import { ROLES_METADATA, resolverMethodsWithoutAccessRule, type Role } from '@passerelle/shared/auth';
import { INTAKE_SUBGRAPH_RESOLVERS } from './intake-subgraph';

const RESOLVER_METHOD_KEYS = [
  'graphql:resolver_type',
  'graphql:resolve_property',
  'graphql:resolve_reference',
];

/** Every resolver method of the subgraph with the roles it admits: `Class.method` -> roles. */
function rolesByMethod(): Map<string, Role[]> {
  const roles = new Map<string, Role[]>();
  for (const resolver of INTAKE_SUBGRAPH_RESOLVERS) {
    for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
      const method = (resolver.prototype as unknown as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof method !== 'function') continue;
      if (!RESOLVER_METHOD_KEYS.some((key) => Reflect.getMetadata(key, method) !== undefined)) continue;
      roles.set(`${resolver.name}.${name}`, (Reflect.getMetadata(ROLES_METADATA, method) as Role[]) ?? []);
    }
  }
  return roles;
}

describe('the intake subgraph', () => {
  it('declares who may call every resolver of every feature', () => {
    expect(INTAKE_SUBGRAPH_RESOLVERS.length).toBeGreaterThanOrEqual(9);
    expect(resolverMethodsWithoutAccessRule(INTAKE_SUBGRAPH_RESOLVERS)).toEqual([]);
  });

  it('opens to sponsor HR only programmes, their sponsor and aggregate outcomes', () => {
    const openToSponsor = [...rolesByMethod()]
      .filter(([, roles]) => roles.includes('sponsor'))
      .map(([method]) => method)
      .sort();
    expect(openToSponsor).toEqual([
      'OutcomesResolver.programmeOutcomeSummary',
      'OutcomesResolver.programmeOutcomeTimeline',
      'ProgrammeResolver.programme',
      'ProgrammeResolver.programmesInScope',
      'ProgrammeResolver.sponsor',
    ]);
  });

  it('shows diagnostic answers to the person and their coach only', () => {
    expect(rolesByMethod().get('DiagnosticResolver.answers')).toEqual(['candidate', 'coach']);
  });
});
