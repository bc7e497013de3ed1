import {
  ageBand,
  ageBandLabels,
  seniorityBandLabels,
  bandLimitsProblem,
  checkDateOfBirth,
  DEFAULT_AGE_BAND_LIMITS,
  DEFAULT_SENIORITY_BAND_LIMITS,
  demographicCategories,
  seniorityBand,
  sexOfCivilite,
  socioProfessionalCategoryOf,
  wholeYearsBetween,
  yearsBetween,
} from './demographics';

describe('wholeYearsBetween', () => {
  it.each([
    ['1975-03-31', '2026-03-30', 50],
    ['1975-03-31', '2026-03-31', 51],
    ['1976-02-29', '2026-02-28', 49],
    ['1976-02-29', '2026-03-01', 50],
    ['2000-12-31', '2001-01-01', 0],
  ])('from %s to %s is %i whole years', (from, on, years) => {
    expect(wholeYearsBetween(from, on)).toBe(years);
  });
});

describe('yearsBetween', () => {
  it.each([
    ['2010-01-01', '2020-01-01', 10],
    ['2010-01-01', '2010-07-02', 0.5],
    ['2024-01-31', '2026-01-30', 1.997],
  ])('from %s to %s is about %d years', (from, on, years) => {
    expect(yearsBetween(from, on)).toBeCloseTo(years, 2);
  });
});

describe('ageBand with the default limits', () => {
  it.each([
    [16, '<26'],
    [25, '<26'],
    [26, '26-44'],
    [44, '26-44'],
    [45, '45-49'],
    [49, '45-49'],
    [50, '50-54'],
    [54, '50-54'],
    [55, '55+'],
    [67, '55+'],
  ])('%i is %s', (age, band) => {
    expect(ageBand(age, DEFAULT_AGE_BAND_LIMITS)).toBe(band);
  });

  it.each([
    [[30, 50], 29, '<30'],
    [[30, 50], 30, '30-49'],
    [[30, 50], 50, '50+'],
    [[57], 56, '<57'],
    [[57], 57, '57+'],
  ])('limits %j put %i in %s', (limits, age, band) => {
    expect(ageBand(age, limits)).toBe(band);
  });
});

describe('seniorityBand with the default limits', () => {
  it.each([
    [0, '<2'],
    [1.99, '<2'],
    [2, '2-5'],
    [4.9, '2-5'],
    [5, '5-10'],
    [10, '10-20'],
    [19.99, '10-20'],
    [20, '20+'],
    [41, '20+'],
  ])('%d years is %s', (years, band) => {
    expect(seniorityBand(years, DEFAULT_SENIORITY_BAND_LIMITS)).toBe(band);
  });
});

describe('bandLimitsProblem', () => {
  it.each([
    [[26, 45, 50, 55], null],
    [[], 'give at least one limit'],
    [[26, 26], 'the limits must increase (26 then 26)'],
    [[50, 45], 'the limits must increase (50 then 45)'],
    [[0, 10], '0 is not a whole number of years between 1 and 100'],
    [[25.5], '25.5 is not a whole number of years between 1 and 100'],
    [[101], '101 is not a whole number of years between 1 and 100'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'at most 10 limits (11 bands)'],
  ])('%j: %s', (limits, problem) => {
    expect(bandLimitsProblem(limits, 100)).toBe(problem);
  });
});

describe('checkDateOfBirth', () => {
  const today = '2026-12-05';
  it.each([
    ['1975-02-28', { ok: true }],
    ['2010-12-05', { ok: true }],
    ['1946-12-06', { ok: true }],
    ['2026-12-06', { ok: false, reason: 'the date of birth is in the future' }],
    [
      '2010-12-06',
      {
        ok: false,
        reason:
          'a date of birth giving an age of 15 is not plausible for an employee (16 to 80): check the year',
      },
    ],
    [
      '1925-01-01',
      {
        ok: false,
        reason:
          'a date of birth giving an age of 101 is not plausible for an employee (16 to 80): check the year',
      },
    ],
  ])('%s on 2026-12-05: %j', (dateOfBirth, expected) => {
    expect(checkDateOfBirth(dateOfBirth, today)).toEqual(expected);
  });
});

describe('sexOfCivilite', () => {
  it.each([
    ['M.', 'male'],
    ['Monsieur', 'male'],
    ['MR', 'male'],
    ['H', 'male'],
    ['Mme', 'female'],
    ['Madame', 'female'],
    ['Mlle', 'female'],
    ['F', 'female'],
    ['Ms.', 'female'],
    ['Dr', null],
    ['', null],
  ])('%s is %s', (text, sex) => {
    expect(sexOfCivilite(text)).toBe(sex);
  });
});

describe('socioProfessionalCategoryOf', () => {
  it.each([
    ['Ouvrier', 'ouvrier'],
    ['OUVRIÈRE', 'ouvrier'],
    ['Employé', 'employe'],
    ['employée', 'employe'],
    ['ETAM', 'technicien_agent_de_maitrise'],
    ['Agent de maîtrise', 'technicien_agent_de_maitrise'],
    ['Technicien / agent de maîtrise', 'technicien_agent_de_maitrise'],
    ['TAM', 'technicien_agent_de_maitrise'],
    ['Cadre', 'cadre'],
    ['Ingénieurs et cadres', 'cadre'],
    ['IC', 'cadre'],
    ['Intérimaire', null],
    ['Directeur', null],
  ])('%s is %s', (text, category) => {
    expect(socioProfessionalCategoryOf(text)).toBe(category);
  });
});

describe('demographicCategories', () => {
  const bands = {
    ageBandLimits: DEFAULT_AGE_BAND_LIMITS,
    seniorityBandLimits: DEFAULT_SENIORITY_BAND_LIMITS,
  };
  const person = {
    dateOfBirth: '1975-03-31',
    sex: 'female' as const,
    socioProfessionalCategory: 'employe' as const,
    hireDate: '2008-09-01',
    seniorityYears: null,
    contractEndDate: '2026-06-30',
  };
  it.each([
    ['a person whose contract ended: seniority to its end', person, '2026-12-05', '50-54', '10-20'],
    ['the day before the 51st birthday', person, '2026-03-30', '50-54', '10-20'],
    ['no date of birth: no age band', { ...person, dateOfBirth: null }, '2026-12-05', null, '10-20'],
    [
      'no hire date: the file’s years',
      { ...person, hireDate: null, seniorityYears: 4.5 },
      '2026-12-05',
      '50-54',
      '2-5',
    ],
    [
      'a contract not ended yet: seniority to the enrolment day',
      { ...person, hireDate: '2024-12-06', contractEndDate: '2027-01-31' },
      '2026-12-05',
      '50-54',
      '<2',
    ],
    [
      'nothing known',
      { ...person, dateOfBirth: null, hireDate: null, contractEndDate: null },
      '2026-12-05',
      null,
      null,
    ],
  ])('%s', (_name, who, on, age, seniority) => {
    expect(demographicCategories(who, on, bands)).toEqual({
      ageBand: age,
      sex: who.sex,
      socioProfessionalCategory: who.socioProfessionalCategory,
      seniorityBand: seniority,
    });
  });
});

describe('band labels', () => {
  it.each([
    [DEFAULT_AGE_BAND_LIMITS, ['<26', '26-44', '45-49', '50-54', '55+']],
    [
      [30, 50],
      ['<30', '30-49', '50+'],
    ],
  ])('age limits %j make %j', (limits, labels) => {
    expect(ageBandLabels(limits)).toEqual(labels);
  });
  it.each([
    [DEFAULT_SENIORITY_BAND_LIMITS, ['<2', '2-5', '5-10', '10-20', '20+']],
    [
      [1, 3],
      ['<1', '1-3', '3+'],
    ],
  ])('seniority limits %j make %j', (limits, labels) => {
    expect(seniorityBandLabels(limits)).toEqual(labels);
  });
});
