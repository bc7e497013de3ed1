// The command is declared with the OfferRematch port in data-access: the offers feature sends it too.
export type { RematchOffersCommand } from '@passerelle/matching/data-access';
