import type { NextFunction, Response } from 'express';
import busboy from 'busboy';
import { Readable } from 'node:stream';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';

export interface GraphQLUploadOptions {
  /** Intake's internal route that stores a file and answers its upload id. */
  uploadUrl: string;
  identitySecret: string;
  maxFileBytes: number;
  maxFiles: number;
  maxBatch: number;
}

class UploadRequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/**
 * The GraphQL multipart request spec (github.com/jaydenseric/graphql-multipart-request-spec), which
 * Apollo Gateway does not forward to subgraphs: each file part is streamed, as it arrives, to
 * intake (the one subgraph that takes files) under the caller's signed identity, with the
 * programme it is for (the `programmeId` beside the file variable), which intake authorises before
 * it stores a byte; a file the operation cannot take is refused unsent. The upload id intake
 * answers replaces the file in the operation's variables; the operation then runs through
 * federation like any other. Runs after authentication, so anonymous uploads are refused unread.
 */
export function graphqlUploadMiddleware(options: GraphQLUploadOptions) {
  return (request: AuthenticatedRequest, response: Response, next: NextFunction): void => {
    if (!request.is('multipart/form-data')) return next();
    const identity = request.user;
    if (!identity) {
      response.status(401).json(errorBody('unauthenticated', 'UNAUTHENTICATED'));
      return;
    }
    parseMultipart(request, identity, options).then(
      (operations) => {
        request.body = operations;
        // What reaches Apollo is now a plain JSON operation.
        request.headers['content-type'] = 'application/json';
        next();
      },
      (error: unknown) => {
        const status = error instanceof UploadRequestError ? error.status : 502;
        const message = error instanceof Error ? error.message : String(error);
        response.status(status).json(errorBody(message, STATUS_CODES[status] ?? 'BAD_USER_INPUT'));
      },
    );
  };
}

const STATUS_CODES: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_UPLOADS',
  502: 'UPLOAD_FAILED',
};

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

function parseMultipart(
  request: AuthenticatedRequest,
  identity: Identity,
  options: GraphQLUploadOptions,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let operations: unknown = undefined;
    let map: Record<string, string[]> | undefined;
    const uploads: Promise<void>[] = [];
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      request.unpipe(parser);
      request.resume();
      reject(error);
    };
    const parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8', // browsers send file names in UTF-8
      limits: { fields: 2, fieldSize: 1024 * 1024, files: options.maxFiles, fileSize: options.maxFileBytes },
    });
    parser.on('field', (name, value) => {
      try {
        if (name === 'operations') operations = JSON.parse(value);
        else if (name === 'map') map = parseMap(JSON.parse(value));
      } catch (error) {
        fail(new UploadRequestError(`the "${name}" part is not valid JSON: ${(error as Error).message}`));
      }
    });
    parser.on('file', (name, stream, info) => {
      if (failed) return void stream.resume();
      if (operations === undefined || !map) {
        stream.resume();
        return fail(new UploadRequestError('send the "operations" and "map" parts before the files'));
      }
      const paths = map[name];
      if (!paths) {
        stream.resume();
        return fail(new UploadRequestError(`file part "${name}" is not in the map`));
      }
      const target = operations;
      let programmeId: string;
      try {
        // Before a byte is stored: a file the operation cannot take must leave nothing behind.
        for (const path of paths) parentOf(target, path);
        programmeId = programmeBeside(target, paths);
      } catch (error) {
        stream.resume();
        return fail(error as Error);
      }
      uploads.push(
        store(stream, info.filename, identity, options, programmeId)
          .then((uploadId) => {
            if (stream.truncated)
              throw new UploadRequestError(`file "${info.filename}" is larger than the limit`, 413);
            for (const path of paths) setAt(target, path, uploadId);
          })
          .catch((error: unknown) => {
            stream.resume(); // let busboy finish reading the request
            fail(error instanceof Error ? error : new Error(String(error)));
          }),
      );
    });
    parser.on('filesLimit', () =>
      fail(new UploadRequestError(`at most ${options.maxFiles} files per request`)),
    );
    parser.on('error', (error) =>
      fail(new UploadRequestError(`the multipart request cannot be read: ${error.message}`)),
    );
    parser.on('close', () => {
      Promise.all(uploads).then(
        () => {
          if (failed) return;
          if (operations === undefined || !map)
            return fail(new UploadRequestError('the "operations" and "map" parts are required'));
          const missing = Object.keys(map).length - uploads.length;
          if (missing > 0)
            return fail(new UploadRequestError(`${missing} file(s) named in the map were not sent`));
          if (Array.isArray(operations) && operations.length > options.maxBatch) {
            return fail(new UploadRequestError(`a batch may hold at most ${options.maxBatch} operations`));
          }
          resolve(operations);
        },
        (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
      );
    });
    request.pipe(parser);
  });
}

function parseMap(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('map must be an object');
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [, paths] of entries) {
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string'))
      throw new Error('map values must be lists of paths');
  }
  return value as Record<string, string[]>;
}

/** Sets `variables.input.file` (or `0.variables.file` in a batch) to the upload id; the path must hold null. */
function setAt(root: unknown, path: string, value: string): void {
  const { node, last } = parentOf(root, path);
  node[last] = value;
}

/** The object holding the file variable at `path`, which must hold null. */
function parentOf(root: unknown, path: string): { node: Record<string, unknown>; last: string } {
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node?.[key];
    if (!next || typeof next !== 'object')
      throw new UploadRequestError(`map path "${path}" is not in the operations`);
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] ?? '';
  if (!(last in node) || node[last] !== null) {
    throw new UploadRequestError(`map path "${path}" must point at a null variable in the operations`);
  }
  return { node, last };
}

/**
 * Intake authorises an upload for a programme before it stores a byte: the programme is the
 * `programmeId` beside the file variable (importCandidates' input), the same for every path.
 */
function programmeBeside(root: unknown, paths: readonly string[]): string {
  const ids = new Set(paths.map((path) => parentOf(root, path).node['programmeId']));
  const [id] = [...ids];
  if (ids.size !== 1 || typeof id !== 'string' || id === '') {
    throw new UploadRequestError('send the programmeId of the import beside the file in the operation');
  }
  return id;
}

async function store(
  stream: Readable,
  filename: string,
  identity: Identity,
  options: GraphQLUploadOptions,
  programmeId: string,
): Promise<string> {
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'x-upload-filename': encodeURIComponent(filename || 'upload'),
    'x-upload-programme': programmeId,
    [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, options.identitySecret),
  };
  const correlationId = currentContext()?.correlationId;
  if (correlationId) headers[HEADERS.correlationId] = correlationId;
  const response = await fetch(options.uploadUrl, {
    method: 'POST',
    headers,
    body: Readable.toWeb(stream) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const body = (await response.json().catch(() => ({}))) as { uploadId?: string; message?: string };
  if (response.status === 413) throw new UploadRequestError(body.message ?? 'the file is too large', 413);
  if (response.status === 403)
    throw new UploadRequestError(body.message ?? 'uploads are open to ops only', 403);
  // Intake's own refusals, said to the client as intake says them: no programme, too many unclaimed uploads.
  if (response.status === 400 || response.status === 429)
    throw new UploadRequestError(body.message ?? 'intake refused the file', response.status);
  if (!response.ok || !body.uploadId) {
    throw new Error(
      `intake did not store the file (${response.status}${body.message ? `: ${body.message}` : ''})`,
    );
  }
  return body.uploadId;
}
