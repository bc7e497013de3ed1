/**
 * Sponsor HR's own words (the commission's dashboard has its own catalogue, shared with committee
 * members): the accompaniment's activity, in French and in English, key for key.
 */
export const sponsorFr = {
  'sponsor.title': 'Tableau de bord',
  'sponsor.activity': 'Activité de l’accompagnement',
  'sponsor.activity.intro':
    'Les chiffres de chaque service de l’accompagnement, à ce jour, masqués sous le même seuil.',
  'sponsor.phases': 'Avancement des parcours',
  'sponsor.phases.caption': 'Personnes par étape du parcours',
  'sponsor.sessions': 'Rendez-vous',
  'sponsor.sessions.caption': 'Rendez-vous par état',
  'sponsor.assessments': 'Tests et bilans',
  'sponsor.column.instrument': 'Instrument',
  'sponsor.column.assigned': 'Proposés',
  'sponsor.column.inProgress': 'En cours',
  'sponsor.column.completed': 'Terminés',
  'sponsor.column.released': 'Restitués',
  'sponsor.phase.NOT_PLANNED': 'Parcours pas encore établi',
  'sponsor.phase.WELCOME_AND_DIAGNOSTIC': 'Accueil et diagnostic',
  'sponsor.phase.EXPLORING_OPTIONS': 'Exploration des pistes',
  'sponsor.phase.VALIDATING_PROJECT': 'Validation du projet',
  'sponsor.phase.JOB_SEARCH': 'Recherche d’emploi',
  'sponsor.phase.FOLLOW_UP_IN_JOB': 'Suivi dans l’emploi',
  'sponsor.phase.COMPLETED': 'Parcours terminé',
  'sponsor.session.BOOKED': 'Prévus',
  'sponsor.session.COMPLETED': 'Tenus',
  'sponsor.session.CANCELLED': 'Annulés',
  'sponsor.session.NO_SHOW': 'Absences',
} as const;

export const sponsorEn: Record<keyof typeof sponsorFr, string> = {
  'sponsor.title': 'Dashboard',
  'sponsor.activity': 'The accompaniment’s activity',
  'sponsor.activity.intro':
    'Each accompanying service’s figures, as of today, hidden under the same threshold.',
  'sponsor.phases': 'Progress through the plans',
  'sponsor.phases.caption': 'People by stage of their plan',
  'sponsor.sessions': 'Appointments',
  'sponsor.sessions.caption': 'Appointments by status',
  'sponsor.assessments': 'Tests and assessments',
  'sponsor.column.instrument': 'Instrument',
  'sponsor.column.assigned': 'Offered',
  'sponsor.column.inProgress': 'In progress',
  'sponsor.column.completed': 'Completed',
  'sponsor.column.released': 'Debriefed',
  'sponsor.phase.NOT_PLANNED': 'Plan not drawn up yet',
  'sponsor.phase.WELCOME_AND_DIAGNOSTIC': 'Welcome and diagnostic',
  'sponsor.phase.EXPLORING_OPTIONS': 'Exploring options',
  'sponsor.phase.VALIDATING_PROJECT': 'Validating the project',
  'sponsor.phase.JOB_SEARCH': 'Job search',
  'sponsor.phase.FOLLOW_UP_IN_JOB': 'Follow-up in the new job',
  'sponsor.phase.COMPLETED': 'Plan completed',
  'sponsor.session.BOOKED': 'Booked',
  'sponsor.session.COMPLETED': 'Held',
  'sponsor.session.CANCELLED': 'Cancelled',
  'sponsor.session.NO_SHOW': 'Missed',
};
