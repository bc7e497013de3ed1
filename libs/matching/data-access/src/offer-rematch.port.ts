import type { EntityManager } from 'typeorm';

/** Re-rank one person's offers as of `now` (the time the new list is stamped with). */
export interface RematchOffersCommand {
  candidateId: string;
  now: Date;
}

/**
 * Re-ranks one person's offers in the caller's transaction; true if their list changed. The offers
 * feature asks for it when an offer comes, changes or goes; the recommendations feature, which ranks
 * a person's lists, provides it; the app wires the two (features do not import each other).
 */
export abstract class OfferRematch {
  abstract execute(manager: EntityManager, command: RematchOffersCommand): Promise<boolean>;
}
