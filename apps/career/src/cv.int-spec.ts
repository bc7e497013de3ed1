import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { sampleCv, type CvContent } from '@passerelle/career/domain';
import { coachOf, personOf, refusalOf, startCareer, type CareerUnderTest } from './test/career-test-kit';

// The CV builder on career alone (real PostgreSQL and Kafka): the service's date bounds the CV's
// months, two first saves at once make one CV, a comment on an earlier version stays with it, the
// tailoring's input is checked.

const LYON = randomUUID();
const PROGRAMME = randomUUID();
const COACH = randomUUID();
const coach = coachOf(COACH, LYON);

const CREATE = `mutation M($input: CvInput!) { createCv(input: $input) { id current { id version } } }`;
const SAVE = `mutation M($input: SaveCvVersionInput!) { saveCvVersion(input: $input) { current { id version } } }`;
const COMMENT = `mutation M($input: CommentCvLineInput!) { commentCvLine(input: $input) { id quotedLine } }`;
const READ = `query R($id: ID!) { cv(candidateId: $id) { versions { version comments { quotedLine text } } } }`;
const TAILOR = `query T($id: ID!, $skills: [CvOfferSkillInput!]!) { cv(candidateId: $id) { current { tailoring(offerSkills: $skills) { coverage } } } }`;

const cvInput = (candidateId: string, content: CvContent = sampleCv()) => ({
  candidateId,
  layout: 'SOBRE',
  ...content,
  skills: content.skills.map((skill) => ({ ...skill, source: skill.source.toUpperCase() })),
  languages: content.languages.map((language) => ({ ...language, level: language.level.toUpperCase() })),
});

let career: CareerUnderTest;

beforeAll(async () => {
  career = await startCareer('career_cv');
});

afterAll(async () => {
  career.clock.unpin();
  await career?.stop();
});

describe('the CV builder on the service alone', () => {
  it('bounds the months by the service’s date in Paris, not the machine’s', async () => {
    const person = await career.seedPerson(PROGRAMME, COACH, LYON);
    const cv = sampleCv();
    cv.experiences[0]!.end = '2027-01';
    // 31 December, 23:30 UTC: already January 2027 in Paris.
    career.clock.pin('2026-12-31T23:30:00.000Z');
    expect(
      (await career.ok(personOf(person), CREATE, { input: cvInput(person, cv) })).createCv.current.version,
    ).toBe(1);
    // 31 December, 22:30 UTC: still December 2026 in Paris.
    career.clock.pin('2026-12-31T22:30:00.000Z');
    const refused = await career.gql(personOf(person), SAVE, {
      input: { cv: cvInput(person, cv), basedOnVersion: 1 },
    });
    expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', fields: ['experiences[0].end'] });
    expect(refused.errors[0].message).toBe(
      'experiences[0].end: 2027-01 is in the future (this month is 2026-12)',
    );
    career.clock.unpin();
  });

  it('makes one CV of two first saves at once: the other is told CV_ALREADY_EXISTS', async () => {
    const person = await career.seedPerson(PROGRAMME, COACH, LYON);
    const answers = await Promise.all([
      career.gql(personOf(person), CREATE, { input: cvInput(person) }),
      career.gql(coach, CREATE, { input: cvInput(person) }),
      career.gql(personOf(person), CREATE, { input: cvInput(person) }),
    ]);
    expect(answers.filter((answer) => !answer.errors).length).toBe(1);
    expect(answers.filter((answer) => answer.errors).map((answer) => refusalOf(answer).code)).toEqual([
      'CV_ALREADY_EXISTS',
      'CV_ALREADY_EXISTS',
    ]);
  });

  it('keeps a comment on an earlier version with that version', async () => {
    const person = await career.seedPerson(PROGRAMME, COACH, LYON);
    const first = (await career.ok(personOf(person), CREATE, { input: cvInput(person) })).createCv.current.id;
    const edited = sampleCv();
    edited.headline = 'Cheffe de rang, restauration collective';
    await career.ok(personOf(person), SAVE, { input: { cv: cvInput(person, edited), basedOnVersion: 1 } });
    const comment = await career.ok(coach, COMMENT, {
      input: { versionId: first, section: 'HEADLINE', line: 0, text: 'Gardez « expérimentée ».' },
    });
    expect(comment.commentCvLine.quotedLine).toBe(sampleCv().headline);
    const { cv } = await career.ok(personOf(person), READ, { id: person });
    expect(cv.versions).toEqual([
      {
        version: 1,
        comments: [{ quotedLine: sampleCv().headline, text: 'Gardez « expérimentée ».' }],
      },
      { version: 2, comments: [] },
    ]);
  });

  it('checks the offer’s skills given to the tailoring, naming the field', async () => {
    const person = await career.seedPerson(PROGRAMME, COACH, LYON);
    await career.ok(personOf(person), CREATE, { input: cvInput(person) });
    const many = Array.from({ length: 101 }, (_, i) => ({ label: `Compétence ${i}` }));
    const refused = await career.gql(personOf(person), TAILOR, { id: person, skills: many });
    expect(refusalOf(refused)).toEqual({ code: 'BAD_USER_INPUT', fields: ['offerSkills'] });
    const tailored = await career.ok(coach, TAILOR, { id: person, skills: [{ label: 'accueil du public' }] });
    expect(tailored.cv.current.tailoring.coverage).toBe(1);
  });
});
