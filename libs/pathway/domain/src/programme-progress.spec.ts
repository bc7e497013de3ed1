import { peoplePerBucket, progressBucket, type ProgressBucket } from './programme-progress';
import type { PathwayPhase } from './template';

describe('where a person counts in their programme', () => {
  it.each<['draft' | 'planned' | 'completed', PathwayPhase | null, ProgressBucket]>([
    ['draft', null, 'not_planned'],
    ['draft', 'job_search', 'not_planned'],
    ['planned', 'welcome_and_diagnostic', 'welcome_and_diagnostic'],
    ['planned', 'follow_up_in_job', 'follow_up_in_job'],
    ['planned', null, 'not_planned'],
    ['completed', 'job_search', 'completed'],
    ['completed', null, 'completed'],
  ])('%s in %s -> %s', (status, phase, expected) => {
    expect(progressBucket(status, phase)).toBe(expected);
  });

  it('lists every bucket in order, adding up the groups that fall in the same one', () => {
    expect(
      peoplePerBucket([
        { status: 'draft', currentPhase: null, people: 2 },
        { status: 'planned', currentPhase: null, people: 1 },
        { status: 'planned', currentPhase: 'job_search', people: 4 },
        { status: 'completed', currentPhase: 'job_search', people: 3 },
      ]),
    ).toEqual([
      { bucket: 'not_planned', people: 3 },
      { bucket: 'welcome_and_diagnostic', people: 0 },
      { bucket: 'exploring_options', people: 0 },
      { bucket: 'validating_project', people: 0 },
      { bucket: 'job_search', people: 4 },
      { bucket: 'follow_up_in_job', people: 0 },
      { bucket: 'completed', people: 3 },
    ]);
  });
});
