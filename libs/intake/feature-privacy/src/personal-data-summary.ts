/**
 * The readable part of a person's archive (GDPR article 15): one self-contained HTML document in
 * French, with no script, link or outside resource, that the person can open or print. It lists
 * what each service contributed and every record, in words where the archive has names for them;
 * the JSON document beside it stays the complete, machine-readable copy (article 20).
 */

export interface SummaryPart {
  service: string;
  answered: boolean;
  /** Why the part is missing (`timeout`, `unavailable`, `refused`, `invalid_answer`). */
  reason?: string;
  sections: { name: string; records: readonly Record<string, unknown>[] }[];
}

export interface ArchiveSummary {
  generatedAt: Date;
  person: { firstName: string; lastName: string };
  parts: SummaryPart[];
  /** What happens when consent is withdrawn (the privacy notice's words). */
  withdrawalNotice: string;
}

const SERVICE_LABELS: Record<string, string> = {
  intake: 'Inscription, consentement, diagnostic et résultats du programme',
  assessment: 'Bilans (intérêts professionnels, compétences) et restitutions',
  pathway: 'Parcours et étapes',
  matching: 'Métiers proposés et offres d’emploi',
  scheduling: 'Consultant, rendez-vous et ateliers',
  notifier: 'Messages et notifications',
  identity: 'Compte et connexions',
  career: 'Projet professionnel, CV, candidatures et entraînement aux entretiens',
};

const REASON_LABELS: Record<string, string> = {
  timeout: 'n’a pas répondu à temps',
  unavailable: 'était indisponible',
  refused: 'a refusé la demande',
  invalid_answer: 'a donné une réponse inutilisable',
};

const SECTION_LABELS: Record<string, string> = {
  person: 'Identité',
  programme: 'Programme',
  consents: 'Consentements',
  diagnostic: 'Diagnostic',
  trackOverrides: 'Changements d’orientation',
  coachAssignment: 'Consultant attribué',
  outcomes: 'Situations à la sortie',
  validJobOffers: 'Offres valables d’emploi (OVE)',
  statusChanges: 'Situation dans le programme (pauses, sorties)',
  readsOfConfidentialData: 'Consultations de vos données confidentielles',
  assessments: 'Bilans',
  answers: 'Réponses',
  skillItems: 'Compétences évaluées',
  freeSkills: 'Compétences ajoutées',
  profiles: 'Profils calculés',
  debriefs: 'Restitutions',
  background: 'Parcours antérieur',
  suggestedOccupations: 'Métiers suggérés',
  pathway: 'Parcours',
  milestones: 'Étapes',
  history: 'Historique du parcours',
  facts: 'Faits reçus',
  profile: 'Profil',
  occupationRecommendations: 'Métiers recommandés',
  offerMatches: 'Offres proposées',
  offerFeedback: 'Vos avis sur les offres',
  formerOccupation: 'Métier précédent (confirmation par votre consultant)',
  coachAssignments: 'Attributions de consultant',
  assignmentQueue: 'Attente d’attribution',
  sessions: 'Rendez-vous et ateliers',
  sessionPlaces: 'Vos inscriptions',
  workshopWaitingLists: 'Listes d’attente d’ateliers',
  coachChangeProposals: 'Changements de consultant proposés',
  sessionNotes: 'Notes et comptes rendus de rendez-vous',
  sessionNoteVersions: 'Versions des notes et comptes rendus',
  sessionNoteReads: 'Consultations des notes confidentielles',
  bookings: 'Réservations',
  reminders: 'Rappels',
  messages: 'Messages envoyés',
  inAppNotifications: 'Notifications',
  notificationPreferences: 'Préférences de notification',
  sessionCalendar: 'Calendrier',
  jobLeads: 'Pistes d’emploi',
  atRiskAlerts: 'Alertes de suivi',
  queueAlerts: 'Alertes d’attente',
  account: 'Compte',
  invitations: 'Invitations',
  secondFactor: 'Second facteur',
  signInAttempts: 'Tentatives de connexion',
  accountAudit: 'Journal du compte',
  coachFollowing: 'Suivi par un consultant',
  accountNotOpened: 'Compte non ouvert (adresse déjà utilisée par un autre compte)',
  professionalProject: 'Projet professionnel',
  professionalProjectVersions: 'Versions du projet professionnel',
  jobApplications: 'Candidatures',
  jobApplicationSteps: 'Étapes des candidatures',
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'string') return ISO_DATE_TIME.test(value) ? dateTime.format(new Date(value)) : value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function recordHtml(record: Readonly<Record<string, unknown>>): string {
  const rows = Object.entries(record)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(valueText(value))}</dd>`)
    .join('');
  return `<dl>${rows}</dl>`;
}

const plural = (count: number) => (count === 1 ? '1 élément' : `${count} éléments`);

function partHtml(part: SummaryPart): string {
  const title = escapeHtml(SERVICE_LABELS[part.service] ?? part.service);
  if (!part.answered) {
    const reason = REASON_LABELS[part.reason ?? ''] ?? 'n’a pas répondu';
    return `<section class="missing"><h2>${title}</h2><p><strong>Partie manquante :</strong> ce service ${reason}. Ses données ne figurent pas dans cet export ; demandez-en un nouveau un peu plus tard.</p></section>`;
  }
  const sections = part.sections
    .map((section) => {
      const label = escapeHtml(SECTION_LABELS[section.name] ?? section.name);
      const records = section.records.length
        ? section.records.map(recordHtml).join('')
        : '<p class="empty">Aucune donnée.</p>';
      return `<h3>${label} <small>(${plural(section.records.length)})</small></h3>${records}`;
    })
    .join('');
  return `<section><h2>${title}</h2>${sections}</section>`;
}

function contributionsHtml(parts: SummaryPart[]): string {
  const rows = parts
    .map((part) => {
      const what = part.answered
        ? part.sections
            .map((section) => `${SECTION_LABELS[section.name] ?? section.name} : ${section.records.length}`)
            .join(', ')
        : `partie manquante (${REASON_LABELS[part.reason ?? ''] ?? 'pas de réponse'})`;
      return `<tr><th scope="row">${escapeHtml(SERVICE_LABELS[part.service] ?? part.service)}</th><td>${escapeHtml(what)}</td></tr>`;
    })
    .join('');
  return `<table><caption>Ce que chaque partie de Passerelle a fourni</caption><thead><tr><th scope="col">Partie</th><th scope="col">Données (nombre d’éléments)</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function personalDataSummaryHtml(archive: ArchiveSummary): string {
  const name = escapeHtml(`${archive.person.firstName} ${archive.person.lastName}`);
  const missing = archive.parts.filter((part) => !part.answered);
  const warning = missing.length
    ? `<p class="warning" role="alert"><strong>Export incomplet.</strong> ${missing.length === 1 ? 'Une partie n’a' : `${missing.length} parties n’ont`} pas pu être rassemblée${missing.length === 1 ? '' : 's'} : ${escapeHtml(missing.map((part) => SERVICE_LABELS[part.service] ?? part.service).join(' ; '))}. Demandez un nouvel export un peu plus tard.</p>`
    : '<p>Cet export est complet : chaque partie de Passerelle a répondu.</p>';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vos données personnelles – Passerelle</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 52rem; margin: 1rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 2rem; } h3 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; border: 1px solid #bbb; padding: .3rem .5rem; vertical-align: top; }
dl { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .1rem .8rem; border-left: 3px solid #ddd; padding-left: .6rem; margin: .6rem 0; overflow-wrap: anywhere; }
dt { font-weight: 600; } dd { margin: 0; }
.warning, .missing { border: 2px solid #b00020; padding: .5rem .8rem; }
@media print { h2 { break-before: page; } .warning { border-width: 3px; } }
</style>
</head>
<body>
<h1>Vos données personnelles</h1>
<p>${name} — document établi le ${escapeHtml(dateTime.format(archive.generatedAt))}.</p>
<p>Ce résumé présente tout ce que Passerelle conserve à votre sujet (droit d’accès, article 15 du RGPD). Le fichier JSON fourni avec lui contient les mêmes données sous une forme que d’autres logiciels peuvent lire (droit à la portabilité, article 20).</p>
${warning}
${contributionsHtml(archive.parts)}
<h2>Si vous retirez votre consentement</h2>
<p>${escapeHtml(archive.withdrawalNotice)}</p>
${archive.parts.map(partHtml).join('\n')}
</body>
</html>
`;
}
