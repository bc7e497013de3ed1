import { toAssessmentCompletion } from './assessment-completion';

const CATALOGUE = ['riasec-markers-48', 'skills-inventory', 'work-values'];
const count = (instrumentCode: string, status: string, n: number) => ({ instrumentCode, status, count: n });
type Cell = number | 'SMALL_POPULATION' | 'SMALL_GROUP';
const row = (instrumentCode: string, ...cells: Cell[]) => {
  const [assigned, inProgress, completed, released] = cells.map((cell) =>
    typeof cell === 'number' ? { count: cell, why: null } : { count: null, why: cell },
  );
  return {
    instrumentCode,
    assigned: assigned!.count,
    inProgress: inProgress!.count,
    completed: completed!.count,
    released: released!.count,
    assignedSuppression: assigned!.why,
    inProgressSuppression: inProgress!.why,
    completedSuppression: completed!.why,
    releasedSuppression: released!.why,
  };
};

describe('assessment completion of a programme', () => {
  it('answers an empty list, not an error, before any instrument is imported', () => {
    expect(toAssessmentCompletion('sponsor', [], [])).toEqual([]);
    expect(toAssessmentCompletion('ops', [], [])).toEqual([]);
  });

  it('shows a sponsor nothing of two people, not even which statuses are empty', () => {
    const counts = [count('riasec-markers-48', 'completed', 1), count('skills-inventory', 'assigned', 1)];
    const S = 'SMALL_POPULATION' as const;
    expect(toAssessmentCompletion('sponsor', CATALOGUE, counts)).toEqual([
      row('riasec-markers-48', S, S, S, S),
      row('skills-inventory', S, S, S, S),
      row('work-values', S, S, S, S),
    ]);
  });

  it('hides small cells so that no row or column total gives them back; empty instruments keep their zeros', () => {
    const counts = [
      count('riasec-markers-48', 'assigned', 10),
      count('riasec-markers-48', 'in_progress', 2),
      count('riasec-markers-48', 'completed', 8),
      count('skills-inventory', 'assigned', 7),
      count('skills-inventory', 'in_progress', 9),
      count('skills-inventory', 'completed', 6),
      count('skills-inventory', 'released', 12),
    ];
    const G = 'SMALL_GROUP' as const;
    expect(toAssessmentCompletion('sponsor', CATALOGUE, counts)).toEqual([
      row('riasec-markers-48', 10, G, G, G),
      row('skills-inventory', 7, G, G, G),
      row('work-values', 0, 0, 0, 0),
    ]);
  });

  it('counts the people behind the assessments: one person who took an instrument five times is not a count of 5', () => {
    // Assessments are per milestone: the same person may take the same instrument again.
    const counts = [{ ...count('riasec-markers-48', 'completed', 5), people: 1 }];
    const S = 'SMALL_POPULATION' as const;
    expect(toAssessmentCompletion('sponsor', CATALOGUE, counts, 1)).toEqual([
      row('riasec-markers-48', S, S, S, S),
      row('skills-inventory', S, S, S, S),
      row('work-values', S, S, S, S),
    ]);
  });

  it('hides a count of k or more assessments taken by fewer than k people', () => {
    const counts = [
      { ...count('riasec-markers-48', 'completed', 6), people: 3 },
      { ...count('riasec-markers-48', 'assigned', 5), people: 5 },
      { ...count('skills-inventory', 'completed', 9), people: 9 },
      { ...count('skills-inventory', 'assigned', 7), people: 7 },
    ];
    const shown = toAssessmentCompletion('sponsor', CATALOGUE, counts, 12);
    expect(shown[0]).toMatchObject({ completed: null, completedSuppression: 'SMALL_GROUP' });
  });

  it('shows ops every count, and every instrument of the catalogue', () => {
    const counts = [count('riasec-markers-48', 'completed', 1)];
    expect(toAssessmentCompletion('ops', CATALOGUE, counts)).toEqual([
      row('riasec-markers-48', 0, 0, 1, 0),
      row('skills-inventory', 0, 0, 0, 0),
      row('work-values', 0, 0, 0, 0),
    ]);
  });
});
