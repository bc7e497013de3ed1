import { acceptsAnswers, debriefRefusal, type AssessmentStatus } from './assessment-lifecycle';

describe('assessment lifecycle', () => {
  it.each<[AssessmentStatus, boolean, ReturnType<typeof debriefRefusal>]>([
    ['assigned', true, 'not_submitted'],
    ['in_progress', true, 'not_submitted'],
    ['completed', false, null],
    ['released', false, 'already_released'],
  ])('%s: accepts answers %p, debrief refused %p', (status, answers, refusal) => {
    expect(acceptsAnswers(status)).toBe(answers);
    expect(debriefRefusal(status)).toBe(refusal);
  });
});
