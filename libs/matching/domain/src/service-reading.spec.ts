import { readService, SERVICE_DOMAINS } from './service-reading';

describe('readService', () => {
  const production = ['production', 'fabrication'];

  it.each<[string | null, string, string[][]]>([
    // A production department, whatever HR calls it, reads as "Production" (a word of ROME's titles as written).
    ['Production', 'production', [production]],
    ['Fabrication', 'fabrication', [production]],
    ['FABRICATION', 'fabrication', [production]],
    ['Atelier', 'production', [production]],
    ['Ateliers', 'production', [production]],
    ['Usine', 'production', [production]],
    ['USINE', 'production', [production]],
    ['Prod.', 'production', [production]],
    ['prod', 'production', [production]],
    ['Service Production', 'production', [production]],
    ['Dépt. fabrication', 'fabrication', [production]],
    ['Atelier / Fabrication', 'production', [production]],
    // Something more specific beside it: the specific words alone.
    ['Atelier conditionnement', 'conditionnement', [['conditionnement']]],
    ['Production - Injection', 'injection', [['injection']]],
    ['Atelier mécanique', 'mecanique', [['mecanique']]],
    // Other services as they are, unit words dropped.
    ['Maintenance', 'maintenance', [['maintenance']]],
    ['Service maintenance', 'maintenance', [['maintenance']]],
    ['LOGISTIQUE', 'logistique', [['logistique']]],
    ['Ressources humaines', 'ressource humaine', [['ressource'], ['humaine']]],
    ['Direction', 'direction', [['direction']]],
    ['', '', []],
    [null, '', []],
  ])('%p reads as %p', (service, query, words) => {
    expect(readService(service)).toEqual({ query, words });
  });

  it('reads every HR word of a department as that department', () => {
    for (const domain of SERVICE_DOMAINS)
      for (const word of domain.hrWords)
        expect(readService(word)).toEqual({
          query: domain.titleWords.includes(word) ? word : domain.reads,
          words: [[...domain.titleWords]],
        });
  });
});
