/** The sponsor HR's screens' words, in French and in English (key for key: the type says so). */
export const sponsorFr = {
  'sponsor.title': 'Tableau de bord',
} as const;

export const sponsorEn: Record<keyof typeof sponsorFr, string> = {
  'sponsor.title': 'Dashboard',
};
