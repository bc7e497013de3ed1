import {
  GraphQLError,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DEFAULT_PAGE } from './pagination';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** A list field without `first` is assumed to return this many items when estimating the cost of its children. */
export const LIST_COST_FACTOR = 10;

/**
 * The codes the gateway's query limits refuse an operation with (this rule's three, and the
 * directive limit's); the gateway shows them to clients as they are.
 */
export const QUERY_LIMIT_CODES = [
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_DIRECTIVES',
] as const;

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * One validation rule that measures each operation's depth, aliases and estimated cost, and
 * rejects it before any resolver runs. Fragments are followed, and cycles are cut.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query'
            ? context.getSchema().getQueryType()
            : operation.operation === 'mutation'
              ? context.getSchema().getMutationType()
              : context.getSchema().getSubscriptionType();
        if (!root) return;
        const measure = measureSelection(
          operation.selectionSet,
          root,
          context.getSchema(),
          fragments,
          new Set(),
        );
        const name = operation.name?.value ?? 'anonymous operation';
        if (measure.depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`${name} is ${measure.depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
        if (measure.aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(`${name} uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}`, {
              extensions: { code: 'TOO_MANY_ALIASES' },
            }),
          );
        }
        if (measure.cost > limits.maxCost) {
          context.reportError(
            new GraphQLError(
              `${name} has an estimated cost of ${measure.cost}; the limit is ${limits.maxCost}`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY' },
              },
            ),
          );
        }
      },
    };
  };
}

export function measureSelection(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
  measured: Map<string, Measure> = new Map(),
): Measure {
  const total: Measure = { depth: 0, cost: 0, aliases: 0 };
  const add = (measure: Measure) => {
    total.depth = Math.max(total.depth, measure.depth);
    total.cost += measure.cost;
    total.aliases += measure.aliases;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldDefinition(parentType, selection);
      const fieldType = field ? getNamedType(field.type) : undefined;
      const isList = field ? isListType(getNullableType(field.type)) : false;
      const child =
        selection.selectionSet && fieldType && isCompositeType(fieldType)
          ? measureSelection(selection.selectionSet, fieldType, schema, fragments, visiting, measured)
          : { depth: 0, cost: 0, aliases: 0 };
      const aliases = child.aliases + (selection.alias ? 1 : 0);
      if (selection.name.value.startsWith('__')) {
        // Introspection is answered from the schema, so it adds no depth or cost (the standard
        // introspection query is deeper than any data query). Its aliases still count:
        // 5,000 aliases of __typename are 5,000 fields to validate, execute and serialise.
        add({ depth: 0, cost: 0, aliases });
        continue;
      }
      add({
        depth: child.depth + 1,
        cost: 1 + costFactor(parentType, field, selection, isList) * child.cost,
        aliases,
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
      if (type && isCompositeType(type))
        add(measureSelection(selection.selectionSet, type, schema, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      // Each fragment is measured once per operation: re-measuring it at every spread would make
      // fragments spreading fragments exponential, a denial of service in a kilobyte of query.
      let measure = measured.get(name);
      if (!measure) {
        const type = schema.getType(fragment.typeCondition.name.value);
        if (!type || !isCompositeType(type)) continue;
        visiting.add(name);
        measure = measureSelection(fragment.selectionSet, type, schema, fragments, visiting, measured);
        visiting.delete(name);
        measured.set(name, measure);
      }
      add(measure);
    }
  }
  return total;
}

/**
 * How many times a field's children count: a paged field (one with `first`) by the page it asks
 * for (a literal, else the schema's default; a variable is priced at the hard maximum, since
 * validation runs before variables are known); the `nodes` of a page (already counted by its
 * field) once; any other list LIST_COST_FACTOR times.
 */
function costFactor(
  parentType: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown> | undefined,
  selection: FieldNode,
  isList: boolean,
): number {
  const first = field?.args.find((arg) => arg.name === 'first');
  if (first) {
    const asked = selection.arguments?.find((arg) => arg.name.value === 'first')?.value;
    if (asked?.kind === Kind.INT) return Math.min(Number(asked.value), DEFAULT_PAGE.max);
    if (asked === undefined && typeof first.defaultValue === 'number') return first.defaultValue;
    return DEFAULT_PAGE.max;
  }
  if (!isList) return 1;
  return isPage(parentType) && selection.name.value === 'nodes' ? 1 : LIST_COST_FACTOR;
}

/** A page of a paged list (`{ nodes, pageInfo }`, see pagination.ts). */
function isPage(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && 'nodes' in type.getFields() && 'pageInfo' in type.getFields();
}

/** The schema's field for a selection, the introspection fields (`__schema`, `__type`, `__typename`) included. */
function fieldDefinition(
  parentType: GraphQLCompositeType,
  selection: FieldNode,
): GraphQLField<unknown, unknown> | undefined {
  switch (selection.name.value) {
    case SchemaMetaFieldDef.name:
      return SchemaMetaFieldDef;
    case TypeMetaFieldDef.name:
      return TypeMetaFieldDef;
    case TypeNameMetaFieldDef.name:
      return TypeNameMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType)
    ? parentType.getFields()[selection.name.value]
    : undefined;
}
