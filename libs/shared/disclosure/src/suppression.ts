/**
 * Why a count is hidden:
 * - `small_population`: the table, or the row or column the count belongs to, counts fewer than k
 *   people, so nothing in it is shown (zeros included: they would say where those few are not);
 * - `primary`: the count itself is 1 to k-1 people (or events made by fewer than k people);
 * - `complementary`: hidden beside a primary count so that it cannot be worked out from the totals,
 *   the zeros, or the other counts of its row and column.
 */
export type Suppression = 'small_population' | 'primary' | 'complementary';

/** A count as it may be published: null when hidden, with the reason. */
export interface ShownCount {
  count: number | null;
  suppressed: Suppression | null;
}

/**
 * What a sponsor is told about a hidden count. Primary and complementary read the same on purpose:
 * "under k" on some hidden cells and "k or more" on others would narrow each down (with a known
 * total of 6, a hidden 1 next to a hidden 5 would be the only split left).
 */
export type SponsorSuppression = 'SMALL_POPULATION' | 'SMALL_GROUP';

export function sponsorSuppression(suppressed: Suppression | null): SponsorSuppression | null {
  switch (suppressed) {
    case null:
      return null;
    case 'small_population':
      return 'SMALL_POPULATION';
    case 'primary':
    case 'complementary':
      return 'SMALL_GROUP';
  }
}
