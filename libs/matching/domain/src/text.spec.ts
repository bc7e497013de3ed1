import { editDistance, trigrams } from './edit-distance';
import { foldText, masculineToken, stemToken, titleTokens, wordRoot } from './text';

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

describe('masculineToken', () => {
  it.each([
    ['electricienne', 'electricien'],
    ['operatrice', 'operateur'],
    ['soudeuse', 'soudeur'],
    ['magasiniere', 'magasinier'],
    ['agente', 'agent'],
    ['adjointe', 'adjoint'],
    ['commerciale', 'commercial'],
    ['employee', 'employe'],
    ['cheffe', 'chef'],
    ['maconne', 'macon'],
    ['professionnelle', 'professionnel'],
    ['administrative', 'administratif'],
    ['europeenne', 'europeen'],
    ['assistante', 'assistant'],
    // Already masculine, or too short to tell: unchanged.
    ['electricien', 'electricien'],
    ['operateur', 'operateur'],
    ['agent', 'agent'],
    ['aide', 'aide'],
    ['ligne', 'ligne'],
  ])('%s -> %s', (input, expected) => expect(masculineToken(input)).toBe(expected));

  it('a feminine title and its masculine form give the same words', () => {
    const masculine = (title: string) => titleTokens(title).map(masculineToken);
    expect(masculine('Opératrice de production')).toEqual(masculine('Opérateur de production'));
    expect(masculine('Électricienne de maintenance')).toEqual(masculine('Électricien de maintenance'));
    expect(masculine('Cheffe d’équipe')).toEqual(masculine("Chef d'équipe"));
    expect(masculine('Employée administrative')).toEqual(masculine('Employé administratif'));
  });
});

describe('titleTokens', () => {
  it.each([
    // Abbreviations HR exports use, with or without their dot.
    ['Ass. de direction', ['assistant', 'direction']],
    ['Cdt de ligne', ['conducteur', 'ligne']],
    ['Chf d’équipe', ['chef', 'equipe']],
    ['Ctrl qualité', ['controleur', 'qualite']],
    ['Gest. de paie', ['gestionnaire', 'paie']],
    ['Agt de sécurité', ['agent', 'securite']],
    ['OP. de production', ['operateur', 'production']],
    ['resp logistique', ['responsable', 'logistique']],
    ['Ing. méthodes', ['ingenieur', 'methode']],
    ['Ouv. qualifié', ['ouvrier', 'qualifie']],
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

describe('wordRoot', () => {
  it.each([
    // A trade, its activity, its place and its product share a root.
    ['emballeur', 'emball'],
    ['emballeuse', 'emball'],
    ['emballage', 'emball'],
    ['caissier', 'caiss'],
    ['caissiere', 'caiss'],
    ['caisserie', 'caiss'],
    ['parfumeur', 'parfum'],
    ['parfumerie', 'parfum'],
    ['soudeur', 'soud'],
    ['soudure', 'soud'],
    ['operatrice', 'oper'],
    ['operation', 'oper'],
    ['cuisinier', 'cuisin'],
    ['cuisine', 'cuisin'],
    ['reflexologue', 'reflexolog'],
    ['reflexologie', 'reflexolog'],
    // A verb in -ir and its -iss- words: a stamping service ("Emboutissage") meets ROME's "emboutir".
    ['emboutir', 'embout'],
    ['emboutissage', 'embout'],
    ['emboutisseur', 'embout'],
    ['usinage', 'usin'],
    ['usineur', 'usin'],
    // Short words, and roots that would be shorter than four letters, are kept whole.
    ['chef', 'chef'],
    ['aide', 'aide'],
    ['agent', 'agent'],
    // A limit, on purpose: "vendeur" and "vente" stay apart (a four-letter root would be too loose).
    ['vendeur', 'vend'],
    ['vente', 'vent'],
  ])('%s -> %s', (word, root) => expect(wordRoot(word)).toBe(root));
});
