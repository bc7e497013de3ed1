import { entryLevelFromAccessText } from './qualification-level';

describe('entryLevelFromAccessText', () => {
  it.each([
    [
      'Cet emploi est accessible sans qualification spécifique. Des formations internes peuvent être proposées.',
      2,
    ],
    [
      "Cet emploi est accessible sans qualification particulière mais un CAP Agent de propreté et d''hygiène est recommandé.",
      2,
    ],
    [
      "L''accès à cet emploi n''est pas conditionné par la détention d''un diplôme ou d''un niveau d''études en particulier.",
      2,
    ],
    ['Cet emploi est accessible avec un diplôme de niveau CAP ou Bac Pro en Chaudronnerie Industrielle.', 3],
    ["Cet emploi est accessible avec une qualification de niveau 3 (CAP) de l''hôtellerie/restauration.", 3],
    [
      'Ce métier est accessible avec un diplôme de niveau Bac (Bac professionnel, technologique, ...) à Bac+2 (BTS, ...).',
      4,
    ],
    [
      'Cet emploi est accessible avec un Bac Pro Commerce ou un  BTS MCO (Management Commercial Opérationnel).',
      4,
    ],
    ['Cet emploi est accessible avec une formation de niveau Bac professionnel à Bac +2.', 4],
    ['Cet emploi est accessible avec un BTS ou un BUT en réseaux et télécommunications.', 5],
    ['Cet emploi est accessible avec un Bac + 3 Licence en psychologie du travail.', 6],
    ['Cet emploi est accessible avec un diplôme de niveau Bac +3 à Bac +5 en comptabilité.', 6],
    ["Cet emploi est accessible avec un diplôme d''ingénieur ou un Master en génie civil.", 7],
    ['Cet emploi est accessible avec un Doctorat en astrophysique (Bac + 8).', 8],
    ['Cet emploi métier est accessible avec une formation en art dramatique (conservatoires).', null],
    ['', null],
    // The first sentence names no level: the rest of the text is read.
    ['Une expérience est demandée. Un CAP de boucher est un atout.', 3],
  ])('%s -> %s', (text, level) => {
    expect(entryLevelFromAccessText(text)).toBe(level);
  });
});
