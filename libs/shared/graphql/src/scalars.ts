import { GraphQLScalarType, Kind } from 'graphql';

/** ISO-8601 instants with offset, the only way dates cross the API. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with offset',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string');
    return parseInstant(ast.value);
  },
});

function parseInstant(value: unknown): Date {
  const date = new Date(String(value));
  if (typeof value !== 'string' || Number.isNaN(date.getTime())) {
    throw new TypeError(`"${String(value)}" is not an ISO-8601 instant`);
  }
  return date;
}
