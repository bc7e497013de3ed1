/** The requests to be erased, as ops answer them, in French and in English, key for key. */
export const opsErasureFr = {
  'ops.erasure.title': 'Demandes d’effacement',
  'ops.erasure.waiting': '{count} demande(s) d’effacement à traiter',
  'ops.erasure.open': 'Voir les demandes',
  'ops.erasure.intro':
    'Ces personnes ont demandé que toutes leurs données soient effacées. La loi (RGPD, article 12) donne un mois pour répondre.',
  'ops.erasure.none': 'Aucune demande en attente.',
  'ops.erasure.person': '{name} ({number}), {programme}',
  'ops.erasure.asked': 'Demandé le {when}, à traiter au plus tard le {due}.',
  'ops.erasure.late': 'En retard : le délai d’un mois est passé.',
  'ops.erasure.erase': 'Effacer les données : {name}',
  'ops.erasure.confirm':
    'Tout ce que Passerelle sait de cette personne ({name}) sera effacé, dans chaque service. Cela ne peut pas être annulé.',
  'ops.erasure.yes': 'Oui, effacer définitivement',
  'ops.erasure.no': 'Annuler',
  'ops.erasure.done': '{name} : toutes les données sont effacées.',
} as const;

export const opsErasureEn: Record<keyof typeof opsErasureFr, string> = {
  'ops.erasure.title': 'Requests to be erased',
  'ops.erasure.waiting': '{count} request(s) to be erased to deal with',
  'ops.erasure.open': 'See the requests',
  'ops.erasure.intro':
    'These people asked for all their data to be erased. The law (GDPR, article 12) gives a month to answer.',
  'ops.erasure.none': 'No request waiting.',
  'ops.erasure.person': '{name} ({number}), {programme}',
  'ops.erasure.asked': 'Asked on {when}, to deal with by {due} at the latest.',
  'ops.erasure.late': 'Late: the month has passed.',
  'ops.erasure.erase': 'Erase the data: {name}',
  'ops.erasure.confirm':
    'Everything Passerelle knows about {name} will be erased, in every service. It cannot be undone.',
  'ops.erasure.yes': 'Yes, erase for good',
  'ops.erasure.no': 'Cancel',
  'ops.erasure.done': '{name}: all the data is erased.',
};
