/**
 * Where a person's local demand is counted. Their employment zone (INSEE, from their commune) is
 * the finest area BMO can be brought to; while they search where they live (no area set, or an
 * area that includes the zone's departments) it is used. Otherwise their search departments, with
 * a flag saying whether that is because the zone is unknown; and France when neither is known.
 */
export type LocalDemandArea =
  | { kind: 'zone'; zoneCode: string }
  | { kind: 'department'; departmentCodes: readonly string[]; zoneUnknown: boolean }
  | { kind: 'france'; zoneUnknown: boolean };

export function localDemandArea(
  profile: { employmentZoneCode: string | null; searchDepartments: readonly string[] },
  /** The departments the zone has communes in; null when the reference does not know the zone. */
  zoneDepartments: readonly string[] | null,
): LocalDemandArea {
  const zone = profile.employmentZoneCode;
  const zoneKnown = zone !== null && zoneDepartments !== null && zoneDepartments.length > 0;
  if (zoneKnown) {
    const searchesHome =
      profile.searchDepartments.length === 0 ||
      profile.searchDepartments.some((code) => zoneDepartments.includes(code));
    if (searchesHome) return { kind: 'zone', zoneCode: zone };
  }
  if (profile.searchDepartments.length > 0) {
    return { kind: 'department', departmentCodes: profile.searchDepartments, zoneUnknown: !zoneKnown };
  }
  return { kind: 'france', zoneUnknown: !zoneKnown };
}
