/** The operations team's screens' words, in French and in English (key for key: the type says so). */
export const opsFr = {
  'ops.title': 'Programmes',
} as const;

export const opsEn: Record<keyof typeof opsFr, string> = {
  'ops.title': 'Programmes',
};
