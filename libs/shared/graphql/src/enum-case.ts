/**
 * Domain values are snake_case (`no_show`), GraphQL enum values SCREAMING_SNAKE_CASE (`NO_SHOW`).
 * Typed both ways: a domain union whose upper-cased values are not the generated GraphQL enum's
 * (a value added on one side only) fails the typecheck where the object is built.
 */
export function toGraphQLEnum<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}

export function toGraphQLEnumOrNull<T extends string>(value: T | null): Uppercase<T> | null {
  return value === null ? null : toGraphQLEnum(value);
}

export function fromGraphQLEnum<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}
