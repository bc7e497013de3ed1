// Text folding: accents, case, stop words, plurals, abbreviations.
export * from './text';
export * from './edit-distance';

// Title matching: a free-text job title to ROME codes.
export * from './title-matcher';
export * from './title-variants';
export * from './title-resolution';
export * from './service-reading';
export * from './related-divisions';
export * from './trade-words';
export * from './title-re-resolution';

// RIASEC congruence on Holland's hexagon.
export * from './riasec';

// Skill weights (IDF): a rare shared skill says more.
export * from './skill-space';

// The occupation catalogue and labour demand figures as the rules read them.
export * from './catalogue';
export * from './qualification-level';

// Labour demand: the scale at which demand counts as full, totals and hard-to-fill shares.
export * from './labour-demand';

// Ranking target occupations, with proximity and explanations.
export * from './occupation-ranking';
export * from './neighbour-mobility';
export * from './boosted-trees';
export * from './mobility-features';
export * from './learned-mobility';
export * from './shipped-mobility-model';
export * from './recommendation-explanation';
export * from './evaluation';
export * from './seeded-random';

// ROME occupations to BMO families; BMO basins to INSEE employment zones; where local demand is counted.
export * from './bmo-mapping';
export * from './basin-zone-mapping';
export * from './local-demand-area';

// Certifications (RNCP/RS) that close a suggestion's skill gap.
export * from './certification-choice';

// Job offers: reach, expiry, an unchanged publication.
export * from './job-offer';
export * from './synthetic-offers';

// A person's search area: departments, or anywhere.
export * from './search-area';

// Offer matching and why an offer is in a person's list.
export * from './offer-matching';
export * from './offer-explanation';

// The professional project's target occupations: the latest version, first among what leads search for.
export * from './project-targets';

// A person's offer list: ranked, explained, and left alone when nothing changed.
export * from './person-offers';

// The hidden market: recommended occupations in high or hard-to-fill demand.
export * from './hidden-market';

// Who owns an offer and who may change it.
export * from './offer-ownership';
