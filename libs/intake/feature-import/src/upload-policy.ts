/**
 * How long, and how many, uploads may wait for an import to claim them. The gateway stores a file
 * before the GraphQL operation that names it runs; an operation refused after that (a typo, a
 * validation error) leaves the file unclaimed, and it holds everyone's personal data.
 */
export const UNCLAIMED_UPLOADS_PER_PERSON = 3;
/** Unclaimed uploads are deleted by the import sweeper once this old. */
export const UNCLAIMED_UPLOAD_TTL_MS = 15 * 60_000;
