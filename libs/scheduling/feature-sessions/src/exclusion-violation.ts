/** PostgreSQL's exclusion_violation: an overlapping booking already holds the resource. */
export function exclusionViolation(error: unknown): { resource: string } | null {
  const driver = (error as { driverError?: { code?: string; detail?: string } }).driverError ?? error;
  const { code, detail } = driver as { code?: string; detail?: string };
  if (code !== '23P01') return null;
  const resource = /=\((coach|room|candidate),/.exec(detail ?? '')?.[1] ?? 'resource';
  return { resource };
}
