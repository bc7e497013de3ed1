import { editDistance, trigrams } from './edit-distance';
import { foldText, stemToken, titleTokens } from './text';

describe('foldText', () => {
  it.each([
    ['Technicienne Réseaux', 'technicienne reseaux'],
    ["Chargé(e) d'affaires", 'charge e d affaires'],
    ['ŒNOLOGUE', 'oenologue'],
    ['  Resp.   logistique ', 'resp logistique'],
  ])('%s -> %s', (input, expected) => expect(foldText(input)).toBe(expected));
});

describe('stemToken', () => {
  it.each([
    ['reseaux', 'reseau'],
    ['ventes', 'vente'],
    ['sociaux', 'social'],
    ['gros', 'gro'],
    ['process', 'process'],
    ['bus', 'bus'],
  ])('%s -> %s', (input, expected) => expect(stemToken(input)).toBe(expected));
});

describe('titleTokens', () => {
  it.each([
    ['Resp. logistique', ['responsable', 'logistique']],
    ['Tech. de maintenance', ['technicien', 'maintenance']],
    ['DRH', ['directeur', 'ressource', 'humaine']],
    ["Agent d'entretien des espaces verts", ['agent', 'entretien', 'espace', 'vert']],
  ])('%s', (input, expected) => expect(titleTokens(input)).toEqual(expected));

  it('keeps abbreviations as typed when expansion is off', () => {
    expect(titleTokens('Resp. logistique', false)).toEqual(['resp', 'logistique']);
  });
});

describe('editDistance', () => {
  it.each([
    ['technicien', 'technicien', 0],
    ['tecnicien', 'technicien', 1],
    ['tehcnicien', 'technicien', 1],
    ['magazinier', 'magasinier', 1],
    ['kitten', 'sitting', 3],
  ])('%s vs %s = %i', (a, b, expected) => expect(editDistance(a, b)).toBe(expected));

  it('stops early once past the maximum', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it('pads trigrams so that word starts count', () => {
    expect(trigrams('ab')).toEqual(['  a', ' ab', 'ab ']);
  });
});
