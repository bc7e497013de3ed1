/** The part of a caller's identity that decides over offers: the offices they serve. */
export interface OfferEditor {
  allOffices: boolean;
  officeIds: readonly string[];
}

/**
 * Who owns a job offer: the offices of the ops member who entered it, or nobody in particular
 * (`null`) for offers that came from a feed or from ops serving every office, which are the
 * platform's. The owner's offices, or ops serving every office, may change or withdraw it.
 */
export function offerOwnerOffices(publisher: OfferEditor): string[] | null {
  return publisher.allOffices ? null : [...publisher.officeIds];
}

export function mayChangeOffer(editor: OfferEditor, ownerOfficeIds: readonly string[] | null): boolean {
  if (editor.allOffices) return true;
  if (ownerOfficeIds === null) return false;
  return ownerOfficeIds.some((office) => editor.officeIds.includes(office));
}
