import { PATHWAY_PHASES } from '@passerelle/shared/contracts';
import type { PathwayPhase } from './template';

/** Where a person counts in a programme's progress: not planned yet, a phase, or completed. */
export const PROGRESS_BUCKETS = ['not_planned', ...PATHWAY_PHASES, 'completed'] as const;
export type ProgressBucket = (typeof PROGRESS_BUCKETS)[number];

/** A completed plan counts as completed, a draft (or a plan with no phase left) as not planned. */
export function progressBucket(
  status: 'draft' | 'planned' | 'completed',
  currentPhase: PathwayPhase | null,
): ProgressBucket {
  if (status === 'completed') return 'completed';
  if (status === 'draft') return 'not_planned';
  return currentPhase ?? 'not_planned';
}

/** People per bucket, every bucket present (zero when empty), in the order they are shown. */
export function peoplePerBucket(
  groups: readonly {
    status: 'draft' | 'planned' | 'completed';
    currentPhase: PathwayPhase | null;
    people: number;
  }[],
): { bucket: ProgressBucket; people: number }[] {
  const counts = new Map<ProgressBucket, number>();
  for (const group of groups) {
    const bucket = progressBucket(group.status, group.currentPhase);
    counts.set(bucket, (counts.get(bucket) ?? 0) + group.people);
  }
  return PROGRESS_BUCKETS.map((bucket) => ({ bucket, people: counts.get(bucket) ?? 0 }));
}
