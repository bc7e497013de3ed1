import type { EventOf } from '@passerelle/shared/contracts';

/** An offer as JobOfferPublished carries it, from the ops' GraphQL, the CLI or an offer feed. */
export type JobOfferPublication = EventOf<'JobOfferPublished.v1'>['payload'];
