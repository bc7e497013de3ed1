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

/** Drops the fields a partial input left out (absent or null). */
export function given<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && value !== null),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}
