import type { Answers } from './answers';
import { DISTRESS_CODES, REASON_CODES, REASON_WORDING, orient } from './orientation';

/** A complete set of answers that matches no orientation rule and raises no distress. */
const NEUTRAL: Answers = {
  income_urgency: 'not_urgent',
  wellbeing: 3,
  stress: 3,
  distress_signal: 'never',
  project_clarity: 'some_ideas',
  project_kind: 'undecided',
  open_to_training: 'no',
  years_to_retirement: 20,
  mobility_radius_km: 30,
  relocation: 'no',
  constraints: [],
  languages: ['fr'],
};
const answers = (changes: Record<string, string | number | string[]>): Answers => ({
  ...NEUTRAL,
  ...changes,
});

describe('orientation: the track and its reasons', () => {
  it.each([
    [
      'own occupation',
      { project_kind: 'same_occupation' },
      'direct_reemployment',
      ['project_same_occupation'],
    ],
    [
      'own occupation, clear project',
      { project_kind: 'same_occupation', project_clarity: 'clear' },
      'direct_reemployment',
      ['project_same_occupation', 'clear_project'],
    ],
    [
      'new occupation, open to training',
      { project_kind: 'new_occupation', open_to_training: 'yes' },
      'retraining',
      ['project_new_occupation', 'open_to_training'],
    ],
    [
      'no idea yet and open to training',
      { project_clarity: 'no_idea', open_to_training: 'yes' },
      'retraining',
      ['no_clear_project', 'open_to_training'],
    ],
    [
      'a clear business project',
      { project_kind: 'create_business', project_clarity: 'clear' },
      'business_creation',
      ['project_business_creation', 'clear_project'],
    ],
    [
      'a business project outweighs an urgent need of income',
      { project_kind: 'create_business', income_urgency: 'immediate' },
      'business_creation',
      ['project_business_creation'],
    ],
    [
      'wants to retire, full pension in 4 years',
      { project_kind: 'retire', years_to_retirement: 4 },
      'retirement_transition',
      ['project_retirement', 'retirement_within_5_years'],
    ],
    [
      'undecided, full pension within two years',
      { years_to_retirement: 1 },
      'retirement_transition',
      ['retirement_within_24_months'],
    ],
    [
      'full pension within two years outweighs wanting the same job',
      { project_kind: 'same_occupation', years_to_retirement: 0 },
      'retirement_transition',
      ['retirement_within_24_months'],
    ],
    [
      'urgent need of income, nothing else',
      { income_urgency: 'within_3_months' },
      'direct_reemployment',
      ['urgent_income_need'],
    ],
    ['no rule matches: the default', {}, 'direct_reemployment', ['no_rule_matched']],
  ])('%s', (_case, changes, track, reasonCodes) => {
    const orientation = orient(answers(changes));
    expect(orientation.track).toBe(track);
    expect(orientation.reasonCodes).toEqual(reasonCodes);
  });
});

describe('orientation: ties and edges', () => {
  it.each([
    [
      'direct re-employment beats retraining at a tie',
      { income_urgency: 'immediate', project_clarity: 'no_idea', open_to_training: 'yes' },
      'direct_reemployment',
      ['urgent_income_need', 'tie_broken_by_precedence'],
    ],
    [
      'business creation beats retirement at a tie',
      { project_kind: 'create_business', project_clarity: 'clear', years_to_retirement: 2 },
      'business_creation',
      ['project_business_creation', 'clear_project', 'tie_broken_by_precedence'],
    ],
    [
      'retraining beats retirement at a tie',
      { project_kind: 'new_occupation', open_to_training: 'yes', years_to_retirement: 2 },
      'retraining',
      ['project_new_occupation', 'open_to_training', 'tie_broken_by_precedence'],
    ],
  ])('%s', (_case, changes, track, reasonCodes) => {
    const orientation = orient(answers(changes));
    expect(orientation.track).toBe(track);
    expect(orientation.reasonCodes).toEqual(reasonCodes);
  });

  it.each([
    [2, 'retirement_within_24_months', 4],
    [3, 'retirement_within_5_years', 1],
    [5, 'retirement_within_5_years', 1],
    [6, null, 0],
  ])('%i years to a full pension: %s', (years, code, points) => {
    const orientation = orient(answers({ years_to_retirement: years }));
    expect(orientation.scores.retirement_transition).toBe(points);
    if (code) expect(orientation.reasonCodes).toContain(code);
    else expect(orientation.reasonCodes).toEqual(['no_rule_matched']);
  });

  it.each([
    ['immediate', 2],
    ['within_3_months', 2],
    ['within_6_months', 0],
    ['not_urgent', 0],
  ])('income needed %s gives direct re-employment %i points', (urgency, points) => {
    expect(orient(answers({ income_urgency: urgency })).scores.direct_reemployment).toBe(points);
  });

  it('a clear project counts only when there is a project', () => {
    const orientation = orient(answers({ project_clarity: 'clear' }));
    expect(orientation.reasonCodes).toEqual(['no_rule_matched']);
  });

  it('orients partial answers without failing (a coach may look before submission)', () => {
    expect(orient({ project_kind: 'new_occupation' })).toMatchObject({
      track: 'retraining',
      distressFlag: false,
      mobilityRadiusKm: null,
      languages: [],
    });
  });

  it('carries mobility and languages to the event', () => {
    expect(orient(answers({ mobility_radius_km: 80, languages: ['fr', 'ar'] }))).toMatchObject({
      mobilityRadiusKm: 80,
      languages: ['fr', 'ar'],
    });
  });
});

describe('orientation: the distress flag, whatever the track', () => {
  it.each([
    ['never', 3, 3, false, []],
    ['sometimes', 3, 3, true, ['distress_answer']],
    ['often', 4, 1, true, ['distress_answer']],
    ['never', 1, 5, true, ['severe_stress_and_low_wellbeing']],
    ['often', 1, 5, true, ['distress_answer', 'severe_stress_and_low_wellbeing']],
    ['never', 2, 5, false, []],
    ['never', 1, 4, false, []],
  ])('distress %s, wellbeing %i, stress %i: flag %s', (signal, wellbeing, stress, flag, codes) => {
    const orientation = orient(answers({ distress_signal: signal, wellbeing, stress }));
    expect(orientation.distressFlag).toBe(flag);
    expect(orientation.distressCodes).toEqual(codes);
  });

  it.each([
    [{ project_kind: 'same_occupation' }, 'direct_reemployment'],
    [{ project_kind: 'new_occupation' }, 'retraining'],
    [{ project_kind: 'create_business' }, 'business_creation'],
    [{ project_kind: 'retire' }, 'retirement_transition'],
  ])('the flag does not change the track (%j)', (changes, track) => {
    const orientation = orient(answers({ ...changes, distress_signal: 'often' }));
    expect(orientation).toMatchObject({ track, distressFlag: true });
  });
});

describe('reason wording', () => {
  it.each([...REASON_CODES, ...DISTRESS_CODES])('%s reads in French and English', (code) => {
    expect(REASON_WORDING[code].fr.length).toBeGreaterThan(10);
    expect(REASON_WORDING[code].en.length).toBeGreaterThan(10);
  });
});
