/** Fewer people than this in a published count could point at someone: 5 unless a programme asks for more. */
export const DEFAULT_K = 5;

/** No programme may publish smaller groups than this, whatever it asks for. */
export const MIN_K = 5;

/**
 * The threshold for a programme: what it asks for, never below the floor. Programmes have no
 * setting yet (docs/decisions/0012-statistical-disclosure-control.md says where it would come from),
 * so callers pass nothing and get the default.
 */
export function resolveK(requested?: number | null): number {
  if (requested === undefined || requested === null || !Number.isFinite(requested)) return DEFAULT_K;
  return Math.max(MIN_K, Math.ceil(requested));
}
