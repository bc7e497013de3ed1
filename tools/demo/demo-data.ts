// What the demo creates, all of the project's own making: a sponsor, a PSE programme, two offices
// with a room each, five coaches, and the answers two people give to the diagnostic.
// Offices and coaches have fixed ids so the tokens printed for the demo stay valid across restarts.

export const DEMO_SPONSOR_NAME = 'Acme Industrie';

const LYON = '0f1e2d3c-4b5a-4697-8877-665544332211';
const VILLEURBANNE = '1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';

export const DEMO_PROGRAMME = {
  name: 'PSE Acme Industrie — sites de Vénissieux et Villeurbanne',
  terms: {
    type: 'PSE',
    sites: ['Vénissieux', 'Villeurbanne'],
    headcount: 21,
    startDate: '2026-11-02',
    durationMonths: 12,
    sessionBudgetPerPerson: 12,
    outcomeTargets: [
      { category: 'PERMANENT_CONTRACT', sharePercent: 45 },
      { category: 'FIXED_TERM_6_MONTHS_OR_MORE', sharePercent: 15 },
      { category: 'TRAINING', sharePercent: 15 },
      { category: 'BUSINESS_CREATION', sharePercent: 5 },
      { category: 'RETIREMENT', sharePercent: 5 },
    ],
  },
};

const weekdays = (start: string, end: string, friday = end) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end: weekday === 5 ? friday : end }));

export const DEMO_OFFICES = [
  {
    id: LYON,
    name: 'Passerelle Lyon Part-Dieu',
    address: '12 rue de la Villette, 69003 Lyon',
    timeZone: 'Europe/Paris',
    openingHours: weekdays('08:30', '18:30', '17:00'),
    room: { name: 'Salle Rhône', capacity: 8, equipment: ['écran', 'visio'] },
  },
  {
    id: VILLEURBANNE,
    name: 'Passerelle Villeurbanne Gratte-Ciel',
    address: '5 avenue Henri Barbusse, 69100 Villeurbanne',
    timeZone: 'Europe/Paris',
    openingHours: weekdays('09:00', '18:00', '16:00'),
    room: { name: 'Salle Tonkin', capacity: 6, equipment: ['paperboard'] },
  },
];

export interface DemoCoach {
  id: string;
  displayName: string;
  /** The coach's work address (scheduling keeps it; identity invites the coach at it). */
  email: string;
  officeIds: string[];
  languages: string[];
  specialties: string[];
  maxCaseload: number;
  weeklyHours: { weekday: number; start: string; end: string }[];
}

export const DEMO_COACHES: DemoCoach[] = [
  {
    id: 'c0ac4001-0000-4000-8000-000000000001',
    displayName: 'Camille Durand',
    email: 'camille.durand@coachs.demo.passerelle.test',
    officeIds: [LYON],
    languages: ['fr', 'en'],
    specialties: ['DIRECT_REEMPLOYMENT', 'RETRAINING'],
    maxCaseload: 12,
    weeklyHours: weekdays('09:00', '17:30', '12:30'),
  },
  {
    id: 'c0ac4001-0000-4000-8000-000000000002',
    displayName: 'Mehdi Bensaïd',
    email: 'mehdi.bensaid@coachs.demo.passerelle.test',
    officeIds: [LYON],
    languages: ['fr', 'ar'],
    specialties: ['RETRAINING', 'BUSINESS_CREATION'],
    maxCaseload: 10,
    weeklyHours: weekdays('09:00', '17:00'),
  },
  {
    id: 'c0ac4001-0000-4000-8000-000000000003',
    displayName: 'Anne Lefèvre',
    email: 'anne.lefevre@coachs.demo.passerelle.test',
    officeIds: [LYON, VILLEURBANNE],
    languages: ['fr', 'de'],
    specialties: ['RETIREMENT_TRANSITION', 'DIRECT_REEMPLOYMENT'],
    maxCaseload: 8,
    weeklyHours: weekdays('08:30', '16:30', '12:00'),
  },
  {
    id: 'c0ac4001-0000-4000-8000-000000000004',
    displayName: 'Lucas Moreau',
    email: 'lucas.moreau@coachs.demo.passerelle.test',
    officeIds: [VILLEURBANNE],
    languages: ['fr', 'en', 'es'],
    specialties: ['DIRECT_REEMPLOYMENT'],
    maxCaseload: 10,
    weeklyHours: weekdays('09:30', '18:00', '16:00'),
  },
  {
    id: 'c0ac4001-0000-4000-8000-000000000005',
    displayName: 'Inès Carvalho',
    email: 'ines.carvalho@coachs.demo.passerelle.test',
    officeIds: [VILLEURBANNE],
    languages: ['fr', 'pt'],
    specialties: ['RETRAINING', 'BUSINESS_CREATION'],
    maxCaseload: 8,
    weeklyHours: weekdays('09:00', '17:00'),
  },
];

const answer = (questionId: string, value: string | number | string[]) =>
  typeof value === 'number'
    ? { questionId, number: value }
    : Array.isArray(value)
      ? { questionId, choices: value }
      : { questionId, choice: value };

/** Two people answer the diagnostic (questionnaire 2026.1), each heading for a different track. */
export const DEMO_DIAGNOSTICS = [
  {
    // A welder who wants to change occupation and is ready to train: retraining.
    employeeNumber: 'ACM-0012',
    track: 'RETRAINING',
    answers: [
      answer('income_urgency', 'within_6_months'),
      answer('wellbeing', 3),
      answer('stress', 3),
      answer('distress_signal', 'never'),
      answer('project_clarity', 'some_ideas'),
      answer('project_kind', 'new_occupation'),
      answer('open_to_training', 'yes'),
      answer('years_to_retirement', 19),
      answer('mobility_radius_km', 30),
      answer('relocation', 'no'),
      answer('languages', ['fr']),
    ],
  },
  {
    // A logistics manager who needs an income soon, in the same occupation: direct re-employment.
    employeeNumber: 'ACM-0002',
    track: 'DIRECT_REEMPLOYMENT',
    answers: [
      answer('income_urgency', 'within_3_months'),
      answer('wellbeing', 4),
      answer('stress', 2),
      answer('distress_signal', 'never'),
      answer('project_clarity', 'clear'),
      answer('project_kind', 'same_occupation'),
      answer('open_to_training', 'no'),
      answer('years_to_retirement', 22),
      answer('mobility_radius_km', 50),
      answer('relocation', 'no'),
      answer('constraints', ['care_duties']),
      answer('languages', ['fr', 'en']),
    ],
  },
];

/**
 * Staff accounts ops open through identity (`createStaffAccount`): an ops member of both offices
 * and the sponsor's HR. Each receives an invitation in Mailpit, as coaches and people do.
 */
export const DEMO_STAFF = [
  {
    email: 'claire.dumas@demo.passerelle.test',
    displayName: 'Claire Dumas',
    role: 'OPS' as const,
    officeIds: [LYON, VILLEURBANNE],
  },
  {
    email: 'rh@acme-industrie.demo.passerelle.test',
    displayName: 'Service RH, Acme Industrie',
    role: 'SPONSOR' as const,
    officeIds: [],
  },
  {
    // A staff representative on the programme's commission de suivi: the committee's figures only.
    email: 'cse@acme-industrie.demo.passerelle.test',
    displayName: 'Élue CSE, Acme Industrie',
    role: 'COMMITTEE' as const,
    officeIds: [],
  },
];
