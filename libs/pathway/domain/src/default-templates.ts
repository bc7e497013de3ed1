import type { Track } from '@passerelle/shared/contracts';
import type { TemplateDefinition, TemplateMilestone } from './template';

// The templates a fresh installation starts with (version 1 of each track). Ops edit them through
// GraphQL; an edit is a new version and plans keep the version they were made from.

const session = (
  key: string,
  phase: TemplateMilestone['phase'],
  title: string,
  dueOffsetDays: number,
  sessionKind: 'welcome' | 'diagnostic' | 'debrief' | 'follow_up',
  dependsOn: string[] = [],
): TemplateMilestone => ({
  key,
  phase,
  kind: 'session',
  title,
  dueOffsetDays,
  dependsOn,
  sessionKind,
  instrumentCode: null,
});

const assessment = (
  key: string,
  phase: TemplateMilestone['phase'],
  title: string,
  dueOffsetDays: number,
  instrumentCode: string,
  dependsOn: string[] = [],
): TemplateMilestone => ({
  key,
  phase,
  kind: 'assessment',
  title,
  dueOffsetDays,
  dependsOn,
  sessionKind: null,
  instrumentCode,
});

const workshop = (
  key: string,
  phase: TemplateMilestone['phase'],
  title: string,
  dueOffsetDays: number,
  dependsOn: string[] = [],
): TemplateMilestone => ({
  key,
  phase,
  kind: 'workshop',
  title,
  dueOffsetDays,
  dependsOn,
  sessionKind: 'group_workshop',
  instrumentCode: null,
});

const task = (
  key: string,
  phase: TemplateMilestone['phase'],
  title: string,
  dueOffsetDays: number,
  dependsOn: string[] = [],
): TemplateMilestone => ({
  key,
  phase,
  kind: 'task',
  title,
  dueOffsetDays,
  dependsOn,
  sessionKind: null,
  instrumentCode: null,
});

/** The opening every track shares: welcome, diagnostic, interests and skills, debrief. */
const opening = (): TemplateMilestone[] => [
  session('welcome', 'welcome_and_diagnostic', 'Welcome session with your coach', 7, 'welcome'),
  session('diagnostic', 'welcome_and_diagnostic', 'Diagnostic review with your coach', 14, 'diagnostic', [
    'welcome',
  ]),
  assessment(
    'interests',
    'exploring_options',
    'Career interests inventory (RIASEC)',
    21,
    'riasec-markers-48',
    ['diagnostic'],
  ),
  assessment('skills', 'exploring_options', 'Skills inventory', 28, 'skills-inventory', ['diagnostic']),
  session('debrief', 'exploring_options', 'Debrief of your results', 35, 'debrief', ['interests', 'skills']),
];

export const DEFAULT_TEMPLATES: Record<Track, TemplateDefinition> = {
  direct_reemployment: {
    track: 'direct_reemployment',
    name: 'Direct re-employment',
    milestones: [
      ...opening(),
      task('cv', 'validating_project', 'Update your CV for the target occupations', 42, ['debrief']),
      workshop('interview-workshop', 'validating_project', 'Interview skills workshop', 49, ['debrief']),
      session('search-plan', 'job_search', 'Job search plan with your coach', 56, 'follow_up', ['cv']),
      task('applications', 'job_search', 'Send your first ten applications', 84, ['search-plan']),
      session('search-review-1', 'job_search', 'Job search review', 98, 'follow_up', ['search-plan']),
      session('search-review-2', 'job_search', 'Job search review', 140, 'follow_up', ['search-review-1']),
      session('in-job-follow-up', 'follow_up_in_job', 'Follow-up in the new job', 240, 'follow_up', [
        'search-review-2',
      ]),
    ],
  },
  retraining: {
    track: 'retraining',
    name: 'Retraining',
    milestones: [
      ...opening(),
      assessment('values', 'exploring_options', 'Work values questionnaire', 42, 'work-values', ['debrief']),
      session(
        'options',
        'exploring_options',
        'Review of target occupations and training options',
        56,
        'follow_up',
        ['values'],
      ),
      task('immersion', 'validating_project', 'Workplace immersion or meeting a professional', 84, [
        'options',
      ]),
      task('training-file', 'validating_project', 'Training application and funding file', 112, [
        'immersion',
      ]),
      session(
        'project-validation',
        'validating_project',
        'Project validation with your coach',
        126,
        'follow_up',
        ['training-file'],
      ),
      session('training-follow-up', 'job_search', 'Follow-up during training', 210, 'follow_up', [
        'project-validation',
      ]),
      session('in-job-follow-up', 'follow_up_in_job', 'Follow-up in the new job', 330, 'follow_up', [
        'training-follow-up',
      ]),
    ],
  },
  business_creation: {
    track: 'business_creation',
    name: 'Business creation',
    milestones: [
      ...opening(),
      workshop('founder-workshop', 'exploring_options', 'Business creation information workshop', 42, [
        'debrief',
      ]),
      task('market-study', 'validating_project', 'Market study', 84, ['founder-workshop']),
      task('business-plan', 'validating_project', 'Business plan and financing', 126, ['market-study']),
      session('plan-review', 'validating_project', 'Business plan review with your coach', 140, 'follow_up', [
        'business-plan',
      ]),
      task('registration', 'job_search', 'Register the company', 182, ['plan-review']),
      session('launch-follow-up', 'follow_up_in_job', 'Follow-up after the launch', 270, 'follow_up', [
        'registration',
      ]),
    ],
  },
  retirement_transition: {
    track: 'retirement_transition',
    name: 'Retirement transition',
    milestones: [
      session('welcome', 'welcome_and_diagnostic', 'Welcome session with your coach', 7, 'welcome'),
      session('diagnostic', 'welcome_and_diagnostic', 'Diagnostic review with your coach', 14, 'diagnostic', [
        'welcome',
      ]),
      task(
        'career-statement',
        'exploring_options',
        'Request your career statement (relevé de carrière)',
        28,
        ['diagnostic'],
      ),
      workshop('retirement-workshop', 'exploring_options', 'Retirement rights information workshop', 42, [
        'diagnostic',
      ]),
      session(
        'rights-review',
        'validating_project',
        'Review of your retirement date and rights',
        56,
        'follow_up',
        ['career-statement'],
      ),
      task('pension-file', 'validating_project', 'Send the pension application', 120, ['rights-review']),
      session('transition-follow-up', 'follow_up_in_job', 'Follow-up of the transition', 180, 'follow_up', [
        'pension-file',
      ]),
    ],
  },
};
