/** The coach's screens' words, in French and in English (key for key: the type says so). */
export const coachFr = {
  'coach.title': 'Mes personnes suivies',
} as const;

export const coachEn: Record<keyof typeof coachFr, string> = {
  'coach.title': 'My caseload',
};
