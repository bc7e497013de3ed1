/**
 * The words of the person's workshops screen (`Workshops.tsx`), in French first and in English, key
 * for key. `error.*` are the refusals a workshop can meet that had no words yet.
 */
export const candidateWorkshopsFr = {
  'candidate.workshops.title': 'Ateliers collectifs',
  'candidate.workshops.coming': 'Prochains ateliers',
  'candidate.workshops.intro':
    'Des ateliers en petit groupe, animés par un consultant, ouverts aux personnes de votre programme. Vous pouvez vous inscrire, et vous désinscrire jusqu’au début de l’atelier. Un atelier complet a une liste d’attente : la première place libérée revient à la première personne inscrite dessus.',
  'candidate.workshops.none':
    'Aucun atelier n’est prévu pour le moment. Revenez plus tard : de nouveaux ateliers sont proposés régulièrement.',
  'candidate.workshops.when': '{start} – {end}',
  'candidate.workshops.with': 'Animé par {coach}',
  'candidate.workshops.room': 'Au bureau, salle {room}',
  'candidate.workshops.inPerson': 'Au bureau',
  'candidate.workshops.phone': 'Par téléphone',
  'candidate.workshops.seatsLeft': '{count} place(s) restante(s) sur {total}',
  'candidate.workshops.joinedBadge': 'Vous êtes inscrit(e)',
  'candidate.workshops.videoLink': 'Rejoindre la visio',
  'candidate.workshops.join': 'M’inscrire',
  'candidate.workshops.joining': 'Inscription…',
  'candidate.workshops.joined':
    'C’est noté : vous êtes inscrit(e) à l’atelier du {when}. Il apparaît aussi dans vos rendez-vous.',
  'candidate.workshops.leave': 'Me désinscrire',
  'candidate.workshops.leaveQuestion':
    'Vous désinscrire de l’atelier du {when} ? Votre place sera libérée pour une autre personne.',
  'candidate.workshops.leaveConfirm': 'Oui, me désinscrire',
  'candidate.workshops.stay': 'Non, je reste inscrit(e)',
  'candidate.workshops.leaving': 'Désinscription…',
  'candidate.workshops.left': 'C’est noté : vous n’êtes plus inscrit(e) à l’atelier du {when}.',
  'candidate.workshops.remote': 'À distance (le lien vous est donné une fois inscrit)',
  'candidate.workshops.remoteJoined': 'À distance',
  'candidate.workshops.language': 'En {language}',
  'candidate.workshops.topic.CV_AND_APPLICATIONS': 'CV et candidatures',
  'candidate.workshops.topic.INTERVIEWS': 'Entretiens d’embauche',
  'candidate.workshops.topic.NETWORKING': 'Réseau et LinkedIn',
  'candidate.workshops.topic.JOB_MARKET': 'Marché de l’emploi',
  'candidate.workshops.topic.BUSINESS_CREATION': 'Création d’entreprise',
  'candidate.workshops.topic.TRAINING_AND_FUNDING': 'Formation et financement',
  'candidate.workshops.topic.WELLBEING': 'Bien-être et confiance',
  'candidate.workshops.full': 'Complet — liste d’attente',
  'candidate.workshops.waiting': 'Complet — vous êtes n° {position} sur la liste d’attente',
  'candidate.workshops.joinList': 'M’inscrire sur la liste d’attente',
  'candidate.workshops.waitingDone':
    'L’atelier du {when} est complet : vous êtes n° {position} sur la liste d’attente. Si une place se libère, elle est pour vous et vous serez prévenu(e).',
  'candidate.workshops.leaveList': 'Quitter la liste d’attente',
  'candidate.workshops.leftList':
    'C’est noté : vous n’êtes plus sur la liste d’attente de l’atelier du {when}.',
  'error.WORKSHOP_FULL': 'Cet atelier est complet : toutes les places sont prises.',
  'error.ALREADY_WAITING': 'Vous êtes déjà sur la liste d’attente de cet atelier.',
  'error.SESSION_NOT_FOUND': 'Cet atelier n’est plus proposé.',
  'error.NOT_JOINED': 'Vous n’êtes pas inscrit(e) à cet atelier.',
  'error.WORKSHOP_STARTED': 'Cet atelier a déjà commencé : il n’est plus possible de s’en désinscrire.',
};

export const candidateWorkshopsEn: Record<keyof typeof candidateWorkshopsFr, string> = {
  'candidate.workshops.title': 'Group workshops',
  'candidate.workshops.coming': 'Upcoming workshops',
  'candidate.workshops.intro':
    'Small-group workshops led by a coach, open to the people of your programme. You can sign up, and cancel your place until the workshop starts. A full workshop has a waiting list: the first place freed goes to the first person on it.',
  'candidate.workshops.none':
    'No workshop is planned for now. Come back later: new workshops are offered regularly.',
  'candidate.workshops.when': '{start} – {end}',
  'candidate.workshops.with': 'Led by {coach}',
  'candidate.workshops.room': 'At the office, room {room}',
  'candidate.workshops.inPerson': 'At the office',
  'candidate.workshops.phone': 'By phone',
  'candidate.workshops.seatsLeft': '{count} of {total} place(s) left',
  'candidate.workshops.joinedBadge': 'You are signed up',
  'candidate.workshops.videoLink': 'Join the video call',
  'candidate.workshops.join': 'Sign me up',
  'candidate.workshops.joining': 'Signing up…',
  'candidate.workshops.joined':
    'Done: you are signed up for the workshop on {when}. It is also in your appointments.',
  'candidate.workshops.leave': 'Cancel my place',
  'candidate.workshops.leaveQuestion':
    'Cancel your place at the workshop on {when}? It will be freed for someone else.',
  'candidate.workshops.leaveConfirm': 'Yes, cancel my place',
  'candidate.workshops.stay': 'No, keep my place',
  'candidate.workshops.leaving': 'Cancelling…',
  'candidate.workshops.left': 'Done: you are no longer signed up for the workshop on {when}.',
  'candidate.workshops.remote': 'Remote (you get the link once signed up)',
  'candidate.workshops.remoteJoined': 'Remote',
  'candidate.workshops.language': 'In {language}',
  'candidate.workshops.topic.CV_AND_APPLICATIONS': 'CV and applications',
  'candidate.workshops.topic.INTERVIEWS': 'Job interviews',
  'candidate.workshops.topic.NETWORKING': 'Networking and LinkedIn',
  'candidate.workshops.topic.JOB_MARKET': 'The job market',
  'candidate.workshops.topic.BUSINESS_CREATION': 'Starting a business',
  'candidate.workshops.topic.TRAINING_AND_FUNDING': 'Training and funding',
  'candidate.workshops.topic.WELLBEING': 'Wellbeing and confidence',
  'candidate.workshops.full': 'Full — waiting list',
  'candidate.workshops.waiting': 'Full — you are number {position} on the waiting list',
  'candidate.workshops.joinList': 'Put me on the waiting list',
  'candidate.workshops.waitingDone':
    'The workshop on {when} is full: you are number {position} on the waiting list. If a place is freed, it is yours and you will be told.',
  'candidate.workshops.leaveList': 'Leave the waiting list',
  'candidate.workshops.leftList': 'Done: you are no longer on the waiting list of the workshop on {when}.',
  'error.WORKSHOP_FULL': 'This workshop is full: every place is taken.',
  'error.ALREADY_WAITING': 'You are already on this workshop’s waiting list.',
  'error.SESSION_NOT_FOUND': 'This workshop is no longer offered.',
  'error.NOT_JOINED': 'You are not signed up for this workshop.',
  'error.WORKSHOP_STARTED': 'This workshop has already started: your place can no longer be cancelled.',
};
