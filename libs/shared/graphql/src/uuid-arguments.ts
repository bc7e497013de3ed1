import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  getOperationAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** Any UUID PostgreSQL's `uuid` type takes in its canonical form, whatever its version. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every record in Passerelle is keyed by a UUID; codes (ROME, departments) are never named like this. */
const ID_ARGUMENT = /^(ids?|.+Ids?)$/;

export interface MalformedIdArgument {
  field: string;
  argument: string;
}

/** Where an id argument is written in an operation: its field, its name and the AST of its value. */
interface IdArgumentSite extends MalformedIdArgument {
  value: ValueNode;
}

/**
 * The id arguments' sites of each operation of a document, worked out once per schema and document:
 * Apollo hands the same parsed document to every request of the same query, and walking it with the
 * schema's types was 4% of a subgraph's CPU per request (docs/benchmarks.md, bench:gateway).
 */
const sitesBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, IdArgumentSite[]>>>();

/**
 * The arguments of the operation that would run whose type is `ID` (or a list of `ID`), whose
 * name says they hold an id (`id`, `candidateId`, `candidateIds`) and whose value is not a UUID,
 * from literals and variables alike, fragments followed.
 */
export function malformedIdArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): MalformedIdArgument[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const valuesOf = variableReader(operation, variables);
  return idArgumentSites(schema, document, operation)
    .filter((site) => !valuesOf(site.value).every(isUuid))
    .map(({ field, argument }) => ({ field, argument }));
}

function idArgumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): IdArgumentSite[] {
  let byDocument = sitesBySchema.get(schema);
  if (!byDocument) sitesBySchema.set(schema, (byDocument = new WeakMap()));
  let byOperation = byDocument.get(document);
  if (!byOperation) byDocument.set(document, (byOperation = new Map()));
  const key = operation.name?.value ?? '';
  const known = byOperation.get(key);
  if (known) return known;
  const sites = findIdArgumentSites(schema, document, operation);
  byOperation.set(key, sites);
  return sites;
}

function findIdArgumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): IdArgumentSite[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const sites: IdArgumentSite[] = [];
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const queued = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      const field = typeInfo.getFieldDef();
      if (!argument || !field || !ID_ARGUMENT.test(argument.name)) return;
      if (getNamedType(argument.type).name !== 'ID') return;
      sites.push({ field: field.name, argument: argument.name, value: node.value });
    },
    FragmentSpread(node) {
      const fragment = fragments.get(node.name.value);
      if (fragment && !queued.has(fragment.name.value)) {
        queued.add(fragment.name.value);
        pending.push(fragment);
      }
    },
  });
  for (let next = pending.shift(); next; next = pending.shift()) visit(next, visitor);
  return sites;
}

/** The values an argument's AST stands for: literals as written, variables as sent (or their default). */
function variableReader(operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );
  const valuesOf = (node: ValueNode | undefined): unknown[] => {
    if (!node) return [];
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (variables[name] === undefined) return valuesOf(defaults.get(name));
        const value = variables[name];
        return Array.isArray(value) ? value : [value];
      }
      case Kind.LIST:
        return node.values.flatMap(valuesOf);
      case Kind.STRING:
      case Kind.INT:
      case Kind.FLOAT:
      case Kind.ENUM:
      case Kind.BOOLEAN:
        return [node.value];
      case Kind.NULL:
        return [];
      case Kind.OBJECT:
        return [node];
    }
  };
  return valuesOf;
}

const isUuid = (value: unknown) => value === null || (typeof value === 'string' && UUID.test(value));

/**
 * Refuses an operation whose id arguments are not UUIDs, before any resolver runs, with
 * BAD_USER_INPUT naming each one. Without it "x" reaches PostgreSQL, fails there and comes back as
 * an internal error. Installed in the gateway (the edge) and in every subgraph.
 */
export function uuidArgumentsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const found = malformedIdArguments(
            schema,
            document,
            request.operationName,
            request.variables ?? {},
          );
          if (found.length === 0) return;
          throw new GraphQLError(
            found
              .map(({ field, argument }) => `${argument} must be a UUID (argument of ${field})`)
              .join('; '),
            { extensions: { code: 'BAD_USER_INPUT', arguments: found, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
