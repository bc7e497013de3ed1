import { fromGraphQLEnum, toGraphQLEnum, toGraphQLEnumOrNull } from './enum-case';

describe('enum case', () => {
  it.each([
    ['no_show', 'NO_SHOW'],
    ['direct_reemployment', 'DIRECT_REEMPLOYMENT'],
    ['cdi', 'CDI'],
  ])('%s <-> %s', (domain, graphql) => {
    expect(toGraphQLEnum(domain)).toBe(graphql);
    expect(fromGraphQLEnum(graphql)).toBe(domain);
  });

  it('keeps null as null', () => {
    expect(toGraphQLEnumOrNull(null)).toBeNull();
    expect(toGraphQLEnumOrNull('open')).toBe('OPEN');
  });
});
