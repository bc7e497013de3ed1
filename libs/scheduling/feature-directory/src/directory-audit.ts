import { randomUUID } from 'node:crypto';
import type { Identity } from '@passerelle/shared/auth';
import type {
  DirectoryChangeAction,
  DirectoryChangeEntity,
  DirectorySubjectKind,
} from '@passerelle/scheduling/data-access';

/** An audit row: who (token subject and role) did what to which office, room, coach or session. */
export const directoryChange = (
  identity: Identity,
  subjectKind: DirectorySubjectKind,
  subjectId: string,
  action: DirectoryChangeAction,
  fields: readonly string[],
  at: Date,
): DirectoryChangeEntity => ({
  id: randomUUID(),
  subjectKind,
  subjectId,
  action,
  fields: [...fields],
  changedBy: identity.subject,
  changedByRole: identity.role,
  changedAt: at,
});

/** The fields whose new value differs from the current one (compared as JSON: arrays, windows). */
export function changedFields<T extends object>(current: T, wanted: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    const value = wanted[key];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(current[key])) changes[key] = value;
  }
  return changes;
}

/** The fields an edit gives (absent or null ones left out), less the id it names. */
export function given<T extends { id: string }>(
  input: T,
): { [K in Exclude<keyof T, 'id'>]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => key !== 'id' && value !== undefined && value !== null),
  ) as { [K in Exclude<keyof T, 'id'>]?: Exclude<T[K], null> };
}
