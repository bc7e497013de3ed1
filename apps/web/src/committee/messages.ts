/** A committee member's own words (the dashboard's are the commission's); French and English, key for key. */
export const committeeFr = {
  'committee.title': 'Commission de suivi',
} as const;

export const committeeEn: Record<keyof typeof committeeFr, string> = {
  'committee.title': 'Monitoring committee',
};
