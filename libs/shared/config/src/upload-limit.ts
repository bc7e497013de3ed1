/**
 * The largest file an upload may carry, in bytes: the gateway stops streaming a file part past it
 * and intake stops storing one, so the two cannot disagree. 100,000 rows of an HR export weigh
 * about 20 MiB; the rest is room, not an invitation.
 */
export const UPLOAD_LIMIT_BYTES = 100 * 1024 * 1024;
