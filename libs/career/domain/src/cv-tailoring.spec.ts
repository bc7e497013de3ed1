import type { CvContent } from './cv';
import { sampleCv } from './cv-sample';
import { normaliseSkill, tailorCv, type OfferSkill } from './cv-tailoring';

describe('normaliseSkill', () => {
  it.each([
    ['Accueil du Public ', 'accueil du public'],
    ["Gestion d'une équipe", 'gestion d une equipe'],
    ['HYGIÈNE  et sécurité', 'hygiene et securite'],
    ['Cœur de métier', 'coeur de metier'],
  ])('%j is %j', (label, expected) => expect(normaliseSkill(label)).toBe(expected));
});

describe('tailorCv', () => {
  const skill = (label: string, code: string | null = null): OfferSkill => ({ label, code });
  const cv = sampleCv();

  it.each<[string, CvContent, OfferSkill[], { shown: string[]; missing: string[]; coverage: number }]>([
    ['nothing asked', cv, [], { shown: [], missing: [], coverage: 1 }],
    [
      'by ROME code, whatever the label',
      cv,
      [skill('Accueillir une clientèle', '100012')],
      { shown: ['Accueillir une clientèle'], missing: [], coverage: 1 },
    ],
    [
      'by label, ignoring accents and case',
      cv,
      [skill('GESTION D’UNE EQUIPE'), skill('hygiene et securite alimentaire (haccp)')],
      {
        shown: ['GESTION D’UNE EQUIPE', 'hygiene et securite alimentaire (haccp)'],
        missing: [],
        coverage: 1,
      },
    ],
    [
      'in a line of experience',
      cv,
      [skill('Encaissement'), skill('formation des apprentis')],
      { shown: ['Encaissement', 'formation des apprentis'], missing: [], coverage: 1 },
    ],
    [
      'a word inside another is not the skill',
      cv,
      [skill('cueil'), skill('Service')],
      { shown: ['Service'], missing: ['cueil'], coverage: 0.5 },
    ],
    [
      'what the CV lacks, in the offer’s order',
      cv,
      [skill('Gestion des stocks', '200001'), skill('Accueil du public'), skill('Sommellerie')],
      { shown: ['Accueil du public'], missing: ['Gestion des stocks', 'Sommellerie'], coverage: 1 / 3 },
    ],
    [
      'a code the CV does not hold, with a label it does not show',
      cv,
      [skill('Plonge', '999999')],
      { shown: [], missing: ['Plonge'], coverage: 0 },
    ],
    [
      'a skill the offer repeats counts once',
      cv,
      [
        skill('Sommellerie'),
        skill('sommellerie '),
        skill('Accueil du public', '100012'),
        skill('x', '100012'),
      ],
      { shown: ['Accueil du public'], missing: ['Sommellerie'], coverage: 0.5 },
    ],
    [
      'an empty CV lacks everything',
      { ...cv, headline: '', experiences: [], skills: [], trainings: [] },
      [skill('Accueil du public'), skill('Encaissement')],
      { shown: [], missing: ['Accueil du public', 'Encaissement'], coverage: 0 },
    ],
  ])('%s', (_, content, offer, expected) => {
    const result = tailorCv(content, offer);
    expect({
      shown: result.shown.map((s) => s.label),
      missing: result.missing.map((s) => s.label),
      coverage: result.coverage,
    }).toEqual(expected);
  });
});
