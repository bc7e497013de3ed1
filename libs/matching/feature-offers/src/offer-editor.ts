import type { Identity } from '@passerelle/shared/auth';
import type { OfferEditor } from '@passerelle/matching/domain';

/** The offices a caller decides over offers for: ops only (the resolvers admit no other role). */
export function offerEditorOf(identity: Identity): OfferEditor {
  return identity.role === 'ops'
    ? { allOffices: identity.allOffices, officeIds: identity.officeIds }
    : { allOffices: false, officeIds: [] };
}
