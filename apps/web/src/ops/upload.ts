import { print } from 'graphql';
import { graphql } from './gql';
import type { ImportColumnMappingInput, OpsImportCandidatesMutation } from './gql/graphql';

const IMPORT = graphql(`
  mutation OpsImportCandidates($input: ImportCandidatesInput!) {
    importCandidates(input: $input) {
      id
      status
      filename
    }
  }
`);

export type StartedImport = OpsImportCandidatesMutation['importCandidates'];

/**
 * Sends an HR file as the GraphQL multipart request spec says (operations, map, then the file),
 * which the gateway streams to intake: Apollo Client 4 sends JSON only, so this is a plain fetch
 * with the session's bearer token. A refusal comes back as `{ errors }` (thrown, for errorText).
 */
export async function uploadImport(
  token: string | null,
  file: File,
  input: { programmeId: string; columnMapping?: ImportColumnMappingInput[]; saveColumnMapping?: boolean },
): Promise<StartedImport> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: print(IMPORT), variables: { input: { ...input, file: null } } }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', file, file.name);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const body = (await response.json().catch(() => ({ errors: [{ message: response.statusText }] }))) as {
    data?: OpsImportCandidatesMutation | null;
    errors?: unknown[];
  };
  if (body.errors?.length || !body.data) throw body;
  return body.data.importCandidates;
}
