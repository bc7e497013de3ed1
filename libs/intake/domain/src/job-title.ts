/**
 * A ROME 4.0 occupation code, as an HR file may give it. Intake keeps the former job title as
 * written and resolves nothing itself: matching resolves titles (FormerOccupationResolved).
 */
export const ROME_CODE = /^[A-N]\d{4}$/;
