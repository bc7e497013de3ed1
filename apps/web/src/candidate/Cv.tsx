import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { CvLanguageLevel, CvLayout, CvSection, CvSkillSource } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { useSession } from '../auth/session';
import { Button, Card, Failure, Field, Loading, Notice } from '../ui/ui';
import { saveFile } from '../ui/save-file';
import { parisFormats } from './paris';
// The prefill's rules are career's own (decision 0031): the console composes the first version
// with the same pure, table-tested function, not a copy of it (Vite resolves the library as
// TypeScript does, from tsconfig.base.json's paths; only what is used is bundled).
import { prefillCv } from '@passerelle/career/domain';

const CV_SCREEN = graphql(`
  query CandidateCv($id: ID!) {
    cv(candidateId: $id) {
      id
      current {
        id
        version
        layout
        identity {
          fullName
          email
          phone
          town
        }
        headline
        experiences {
          employer
          jobTitle
          start
          end
          lines
        }
        skills {
          label
          code
          source
        }
        trainings {
          title
          institution
          year
        }
        languages {
          language
          level
        }
        interests
        savedAt
        pdfPath
        docxPath
      }
      versions {
        id
        version
        layout
        savedAt
        pdfPath
        docxPath
        comments {
          id
          section
          line
          quotedLine
          text
          createdAt
          resolvedAt
        }
      }
    }
  }
`);

// What the platform knows of the person, in ONE query over the federated Candidate (decision 0031):
// intake's identity and former job, the sponsor (the former employer), matching's ROME skills,
// assessment's released skills inventories.
const CV_SOURCES = graphql(`
  query CandidateCvSources($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      email
      phone
      formerJobTitle
      hireDate
      contractEndDate
      languages
      programme {
        id
        sponsor {
          id
          name
        }
      }
      recommendations {
        id
        sharedSkills {
          code
          label
        }
      }
      assessments {
        id
        status
        profile {
          skills {
            top {
              skillCode
              label
              rating
            }
          }
        }
      }
    }
  }
`);

const CREATE_CV = graphql(`
  mutation CandidateCreateCv($input: CvInput!) {
    createCv(input: $input) {
      id
    }
  }
`);

const SAVE_CV = graphql(`
  mutation CandidateSaveCv($input: SaveCvVersionInput!) {
    saveCvVersion(input: $input) {
      id
    }
  }
`);

const RESOLVE_COMMENT = graphql(`
  mutation CandidateResolveCvComment($id: ID!) {
    resolveCvComment(commentId: $id) {
      id
      resolvedAt
    }
  }
`);

const TAILORING = graphql(`
  query CandidateCvTailoring($id: ID!, $skills: [CvOfferSkillInput!]!) {
    cv(candidateId: $id) {
      id
      current {
        id
        tailoring(offerSkills: $skills) {
          shown {
            code
            label
          }
          missing {
            code
            label
          }
          coverage
        }
      }
    }
  }
`);

const LAYOUTS: CvLayout[] = ['CLASSIQUE', 'MODERNE', 'SOBRE'];
const LEVELS: CvLanguageLevel[] = ['NATIVE', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'];
const SECTIONS: CvSection[] = [
  'IDENTITY',
  'HEADLINE',
  'EXPERIENCES',
  'SKILLS',
  'TRAININGS',
  'LANGUAGES',
  'INTERESTS',
];

/** The CV as the editor holds it: texts as typed (lines and lists one per line). */
interface Draft {
  layout: CvLayout;
  fullName: string;
  email: string;
  phone: string;
  town: string;
  headline: string;
  experiences: { employer: string; jobTitle: string; start: string; end: string; lines: string }[];
  skills: { label: string; code: string | null; source: CvSkillSource }[];
  trainings: { title: string; institution: string; year: string }[];
  languages: { language: string; level: CvLanguageLevel }[];
  interests: string;
}

type Content = {
  layout: CvLayout;
  identity: { fullName: string; email?: string | null; phone?: string | null; town?: string | null };
  headline: string;
  experiences: { employer: string; jobTitle: string; start: string; end?: string | null; lines: string[] }[];
  skills: { label: string; code?: string | null; source: CvSkillSource }[];
  trainings: { title: string; institution?: string | null; year?: number | null }[];
  languages: { language: string; level: CvLanguageLevel }[];
  interests: string[];
};

const toDraft = (content: Content): Draft => ({
  layout: content.layout,
  fullName: content.identity.fullName,
  email: content.identity.email ?? '',
  phone: content.identity.phone ?? '',
  town: content.identity.town ?? '',
  headline: content.headline,
  experiences: content.experiences.map((experience) => ({
    employer: experience.employer,
    jobTitle: experience.jobTitle,
    start: experience.start,
    end: experience.end ?? '',
    lines: experience.lines.join('\n'),
  })),
  skills: content.skills.map((skill) => ({
    label: skill.label,
    code: skill.code ?? null,
    source: skill.source,
  })),
  trainings: content.trainings.map((training) => ({
    title: training.title,
    institution: training.institution ?? '',
    year: training.year ? String(training.year) : '',
  })),
  languages: content.languages.map((language) => ({ ...language })),
  interests: content.interests.join('\n'),
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const orNull = (text: string) => text.trim() || null;

const toInput = (candidateId: string, draft: Draft) => ({
  candidateId,
  layout: draft.layout,
  identity: {
    fullName: draft.fullName.trim(),
    email: orNull(draft.email),
    phone: orNull(draft.phone),
    town: orNull(draft.town),
  },
  headline: draft.headline.trim(),
  experiences: draft.experiences.map((experience) => ({
    employer: experience.employer.trim(),
    jobTitle: experience.jobTitle.trim(),
    start: experience.start.trim(),
    end: orNull(experience.end),
    lines: lines(experience.lines),
  })),
  skills: draft.skills.map((skill) => ({
    label: skill.label.trim(),
    code: skill.code,
    source: skill.source,
  })),
  trainings: draft.trainings.map((training) => ({
    title: training.title.trim(),
    institution: orNull(training.institution),
    year: training.year.trim() ? Number(training.year) : null,
  })),
  languages: draft.languages.map((language) => ({
    language: language.language.trim(),
    level: language.level,
  })),
  interests: lines(draft.interests),
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What the editor can say before sending, in words, each with the field's id to go to. */
function draftProblems(
  draft: Draft,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
) {
  const problems: { field: string; text: string }[] = [];
  if (!draft.fullName.trim()) problems.push({ field: 'cv-name', text: t('candidate.cv.problem.name') });
  if (!draft.headline.trim())
    problems.push({ field: 'cv-headline', text: t('candidate.cv.problem.headline') });
  draft.experiences.forEach((experience, index) => {
    const n = index + 1;
    if (!experience.jobTitle.trim() || !experience.employer.trim())
      problems.push({ field: `cv-exp-${index}-title`, text: t('candidate.cv.problem.experience', { n }) });
    if (!MONTH.test(experience.start.trim()))
      problems.push({ field: `cv-exp-${index}-start`, text: t('candidate.cv.problem.start', { n }) });
    if (experience.end.trim() && !MONTH.test(experience.end.trim()))
      problems.push({ field: `cv-exp-${index}-end`, text: t('candidate.cv.problem.end', { n }) });
    else if (experience.end.trim() && experience.end.trim() < experience.start.trim())
      problems.push({ field: `cv-exp-${index}-end`, text: t('candidate.cv.problem.endBefore', { n }) });
  });
  draft.trainings.forEach((training, index) => {
    if (!training.title.trim())
      problems.push({
        field: `cv-training-${index}-title`,
        text: t('candidate.cv.problem.training', { n: index + 1 }),
      });
    if (training.year.trim() && !/^\d{4}$/.test(training.year.trim()))
      problems.push({
        field: `cv-training-${index}-year`,
        text: t('candidate.cv.problem.year', { n: index + 1 }),
      });
  });
  return problems;
}

/** The person's CV: started from what the platform knows, edited, saved in versions, commented by the coach, downloaded. */
export function Cv({ candidateId, now }: { candidateId: string; now: Date }) {
  const { t, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(CV_SCREEN, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
  });
  // The version whose remarks and files are shown: the latest unless the person picks an earlier one.
  const [picked, setPicked] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const today = parisFormats(language).dayKey(now.toISOString());
  if (!data.cv) return <StartCv candidateId={candidateId} today={today} onCreated={() => void refetch()} />;
  const cv = data.cv;
  const current = cv.current;
  const shown =
    cv.versions.find((version) => version.id === picked) ?? cv.versions.find((v) => v.id === current.id);
  const past = shown !== undefined && shown.id !== current.id;
  return (
    <>
      <p>{t('candidate.cv.intro')}</p>
      {cv.versions.length > 1 && (
        <div className="field">
          <label htmlFor="cv-version-shown">{t('candidate.cv.pick')}</label>
          <select
            id="cv-version-shown"
            value={shown?.id ?? current.id}
            onChange={(event) => setPicked(event.target.value)}
          >
            {[...cv.versions].reverse().map((version) => (
              <option key={version.id} value={version.id}>
                {t(version.id === current.id ? 'candidate.cv.pickLatest' : 'candidate.cv.pickEarlier', {
                  version: version.version,
                  count: version.comments.length,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      {past && (
        <Notice>{t('candidate.cv.earlier', { version: shown.version, latest: current.version })}</Notice>
      )}
      <Comments comments={shown?.comments ?? []} version={shown?.version ?? current.version} />
      {/* Its own key (the editor's is the latest version's id): a picked version starts its own layout choice. */}
      <Downloads key={`files-${shown?.id ?? current.id}`} version={shown ?? current} past={past} />
      <Editor
        key={current.id}
        candidateId={candidateId}
        initial={toDraft(current)}
        basedOnVersion={current.version}
        onSaved={() => void refetch()}
      />
      <Tailoring candidateId={candidateId} />
      <Card title={t('candidate.cv.versions')}>
        <ol className="steps">
          {[...cv.versions].reverse().map((version) => (
            <li key={version.id}>
              {t('candidate.cv.versionLine', {
                version: version.version,
                when: parisFormats(language).day(version.savedAt),
                layout: t(`candidate.cv.layout.${version.layout}` as MessageKey),
              })}
              {version.comments.length > 0 &&
                ` · ${t('candidate.cv.versionComments', { count: version.comments.length })}`}
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}

function StartCv({
  candidateId,
  today,
  onCreated,
}: {
  candidateId: string;
  today: string;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const [load, sources] = useLazyQuery(CV_SOURCES, { errorPolicy: 'all', fetchPolicy: 'network-only' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [failed, setFailed] = useState(false);
  const prepare = async () => {
    setFailed(false);
    const result = await load({ variables: { id: candidateId } }).catch(() => null);
    const candidate = result?.data?.candidate;
    if (!candidate) {
      setFailed(true);
      return;
    }
    const content = prefillCv({
      today,
      person: {
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        email: candidate.email ?? null,
        phone: candidate.phone ?? null,
        formerJobTitle: candidate.formerJobTitle ?? null,
        hireDate: candidate.hireDate ?? null,
        contractEndDate: candidate.contractEndDate ?? null,
        languages: candidate.languages ?? [],
      },
      formerEmployer: candidate.programme?.sponsor?.name ?? null,
      romeSkills: (candidate.recommendations ?? []).flatMap((recommendation) => recommendation.sharedSkills),
      assessedSkills: (candidate.assessments ?? []).flatMap(
        (assessment) =>
          assessment.profile?.skills?.top.map((skill) => ({
            code: skill.skillCode ?? null,
            label: skill.label,
            rating: skill.rating,
          })) ?? [],
      ),
    });
    setDraft(
      toDraft({
        ...content,
        layout: 'CLASSIQUE',
        skills: content.skills.map((skill) => ({
          ...skill,
          source: skill.source.toUpperCase() as CvSkillSource,
        })),
        languages: content.languages.map((entry) => ({
          ...entry,
          level: entry.level.toUpperCase() as CvLanguageLevel,
        })),
      }),
    );
  };
  if (draft)
    return (
      <>
        <Notice>{t('candidate.cv.prefilled')}</Notice>
        <Editor candidateId={candidateId} initial={draft} basedOnVersion={null} onSaved={onCreated} />
      </>
    );
  return (
    <Card title={t('candidate.cv.start.title')}>
      <p>{t('candidate.cv.start.intro')}</p>
      <Button onClick={() => void prepare()} disabled={sources.loading}>
        {t('candidate.cv.start.prepare')}
      </Button>
      {sources.loading && <Loading />}
      {failed && (
        <p role="alert" className="failure">
          {t('candidate.cv.start.failed')}
        </p>
      )}
    </Card>
  );
}

function Editor({
  candidateId,
  initial,
  basedOnVersion,
  onSaved,
}: {
  candidateId: string;
  initial: Draft;
  /** The version the editor started from; null for the first one (createCv). */
  basedOnVersion: number | null;
  onSaved: () => void;
}) {
  const { t, errorText } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [newSkill, setNewSkill] = useState('');
  const [newLanguage, setNewLanguage] = useState('');
  const [create, creating] = useMutation(CREATE_CV);
  const [save, saving] = useMutation(SAVE_CV);
  const set = (patch: Partial<Draft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setSaved(false);
  };
  const problems = draftProblems(draft, t);
  const problemOf = (field: string) =>
    tried ? (problems.find((p) => p.field === field)?.text ?? null) : null;
  const experience = (index: number, patch: Partial<Draft['experiences'][number]>) =>
    set({ experiences: draft.experiences.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) });
  const training = (index: number, patch: Partial<Draft['trainings'][number]>) =>
    set({ trainings: draft.trainings.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) });
  const submit = async () => {
    setTried(true);
    setProblem(null);
    if (problems.length) {
      document.getElementById(problems[0]?.field ?? '')?.focus();
      return;
    }
    const cv = toInput(candidateId, draft);
    try {
      if (basedOnVersion === null) await create({ variables: { input: cv } });
      else await save({ variables: { input: { cv, basedOnVersion } } });
      setSaved(true);
      setTried(false);
      onSaved();
    } catch (failure) {
      setProblem(errorText(failure));
    }
  };
  return (
    <>
      <Card title={t('candidate.cv.section.IDENTITY')}>
        <Field
          id="cv-name"
          label={t('candidate.cv.name')}
          value={draft.fullName}
          onChange={(fullName) => set({ fullName })}
          required
          problem={problemOf('cv-name')}
        />
        <Field
          id="cv-email"
          label={t('candidate.cv.email')}
          type="email"
          value={draft.email}
          onChange={(email) => set({ email })}
        />
        <Field
          id="cv-phone"
          label={t('candidate.cv.phone')}
          type="tel"
          value={draft.phone}
          onChange={(phone) => set({ phone })}
        />
        <Field
          id="cv-town"
          label={t('candidate.cv.town')}
          value={draft.town}
          onChange={(town) => set({ town })}
        />
        <Field
          id="cv-headline"
          label={t('candidate.cv.section.HEADLINE')}
          hint={t('candidate.cv.headlineHint')}
          value={draft.headline}
          onChange={(headline) => set({ headline })}
          required
          problem={problemOf('cv-headline')}
        />
      </Card>
      <Card title={t('candidate.cv.section.EXPERIENCES')}>
        {draft.experiences.map((entry, index) => (
          <fieldset key={index} className="choice">
            <legend className="item-title">{t('candidate.cv.experience', { n: index + 1 })}</legend>
            <Field
              id={`cv-exp-${index}-title`}
              label={t('candidate.cv.jobTitle')}
              value={entry.jobTitle}
              onChange={(jobTitle) => experience(index, { jobTitle })}
              problem={problemOf(`cv-exp-${index}-title`)}
            />
            <Field
              id={`cv-exp-${index}-employer`}
              label={t('candidate.cv.employer')}
              value={entry.employer}
              onChange={(employer) => experience(index, { employer })}
            />
            <Field
              id={`cv-exp-${index}-start`}
              label={t('candidate.cv.start')}
              hint={t('candidate.cv.monthHint')}
              value={entry.start}
              onChange={(start) => experience(index, { start })}
              problem={problemOf(`cv-exp-${index}-start`)}
            />
            <Field
              id={`cv-exp-${index}-end`}
              label={t('candidate.cv.end')}
              hint={t('candidate.cv.endHint')}
              value={entry.end}
              onChange={(end) => experience(index, { end })}
              problem={problemOf(`cv-exp-${index}-end`)}
            />
            <div className="field">
              <label htmlFor={`cv-exp-${index}-lines`}>{t('candidate.cv.lines')}</label>
              <p id={`cv-exp-${index}-lines-hint`} className="muted hint">
                {t('candidate.cv.linesHint')}
              </p>
              <textarea
                id={`cv-exp-${index}-lines`}
                rows={4}
                value={entry.lines}
                aria-describedby={`cv-exp-${index}-lines-hint`}
                onChange={(event) => experience(index, { lines: event.target.value })}
              />
            </div>
            <Button
              kind="quiet"
              onClick={() => set({ experiences: draft.experiences.filter((_, i) => i !== index) })}
            >
              {t('candidate.cv.removeExperience', { n: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button
          kind="quiet"
          onClick={() =>
            set({
              experiences: [
                ...draft.experiences,
                { employer: '', jobTitle: '', start: '', end: '', lines: '' },
              ],
            })
          }
        >
          {t('candidate.cv.addExperience')}
        </Button>
      </Card>
      <Card title={t('candidate.cv.section.SKILLS')}>
        {draft.skills.length > 0 && (
          <ul className="plain">
            {draft.skills.map((skill, index) => (
              <li key={`${skill.label}-${index}`} className="item">
                <span>{skill.label}</span>{' '}
                <Button
                  kind="quiet"
                  onClick={() => set({ skills: draft.skills.filter((_, i) => i !== index) })}
                >
                  {t('candidate.cv.remove', { what: skill.label })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Field id="cv-new-skill" label={t('candidate.cv.newSkill')} value={newSkill} onChange={setNewSkill} />
        <Button
          kind="quiet"
          disabled={!newSkill.trim()}
          onClick={() => {
            set({ skills: [...draft.skills, { label: newSkill.trim(), code: null, source: 'OWN' }] });
            setNewSkill('');
          }}
        >
          {t('candidate.cv.addSkill')}
        </Button>
      </Card>
      <Card title={t('candidate.cv.section.TRAININGS')}>
        {draft.trainings.map((entry, index) => (
          <fieldset key={index} className="choice">
            <legend className="item-title">{t('candidate.cv.training', { n: index + 1 })}</legend>
            <Field
              id={`cv-training-${index}-title`}
              label={t('candidate.cv.trainingTitle')}
              value={entry.title}
              onChange={(title) => training(index, { title })}
              problem={problemOf(`cv-training-${index}-title`)}
            />
            <Field
              id={`cv-training-${index}-institution`}
              label={t('candidate.cv.institution')}
              value={entry.institution}
              onChange={(institution) => training(index, { institution })}
            />
            <Field
              id={`cv-training-${index}-year`}
              label={t('candidate.cv.year')}
              value={entry.year}
              onChange={(year) => training(index, { year })}
              problem={problemOf(`cv-training-${index}-year`)}
            />
            <Button
              kind="quiet"
              onClick={() => set({ trainings: draft.trainings.filter((_, i) => i !== index) })}
            >
              {t('candidate.cv.removeTraining', { n: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button
          kind="quiet"
          onClick={() => set({ trainings: [...draft.trainings, { title: '', institution: '', year: '' }] })}
        >
          {t('candidate.cv.addTraining')}
        </Button>
      </Card>
      <Card title={t('candidate.cv.section.LANGUAGES')}>
        {draft.languages.map((entry, index) => (
          <div key={index} className="field">
            <label htmlFor={`cv-language-${index}`}>
              {t('candidate.cv.levelOf', { language: entry.language })}
            </label>
            <select
              id={`cv-language-${index}`}
              value={entry.level}
              onChange={(event) =>
                set({
                  languages: draft.languages.map((item, i) =>
                    i === index ? { ...item, level: event.target.value as CvLanguageLevel } : item,
                  ),
                })
              }
            >
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`candidate.cv.level.${level}` as MessageKey)}
                </option>
              ))}
            </select>
            <Button
              kind="quiet"
              onClick={() => set({ languages: draft.languages.filter((_, i) => i !== index) })}
            >
              {t('candidate.cv.remove', { what: entry.language })}
            </Button>
          </div>
        ))}
        <Field
          id="cv-new-language"
          label={t('candidate.cv.newLanguage')}
          value={newLanguage}
          onChange={setNewLanguage}
          problem={
            draft.languages.some(
              (entry) => entry.language.trim().toLowerCase() === newLanguage.trim().toLowerCase(),
            )
              ? t('candidate.cv.languageTwice')
              : null
          }
        />
        <Button
          kind="quiet"
          disabled={
            !newLanguage.trim() ||
            draft.languages.some(
              (entry) => entry.language.trim().toLowerCase() === newLanguage.trim().toLowerCase(),
            )
          }
          onClick={() => {
            set({ languages: [...draft.languages, { language: newLanguage.trim(), level: 'B1' }] });
            setNewLanguage('');
          }}
        >
          {t('candidate.cv.addLanguage')}
        </Button>
      </Card>
      <Card title={t('candidate.cv.section.INTERESTS')}>
        <div className="field">
          <label htmlFor="cv-interests">{t('candidate.cv.interests')}</label>
          <p id="cv-interests-hint" className="muted hint">
            {t('candidate.cv.linesHint')}
          </p>
          <textarea
            id="cv-interests"
            rows={3}
            value={draft.interests}
            aria-describedby="cv-interests-hint"
            onChange={(event) => set({ interests: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="cv-layout">{t('candidate.cv.layout')}</label>
          <select
            id="cv-layout"
            value={draft.layout}
            onChange={(event) => set({ layout: event.target.value as CvLayout })}
          >
            {LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {t(`candidate.cv.layout.${layout}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {tried && problems.length > 0 && (
          <div role="alert" className="failure">
            <p>{t('candidate.cv.problems')}</p>
            <ul>
              {problems.map((entry) => (
                <li key={`${entry.field}-${entry.text}`}>
                  <a href={`#${entry.field}`}>{entry.text}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Button onClick={() => void submit()} disabled={creating.loading || saving.loading}>
          {t(basedOnVersion === null ? 'candidate.cv.create' : 'candidate.cv.save')}
        </Button>
        {saved && <Notice>{t('candidate.cv.saved')}</Notice>}
        {problem && (
          <p role="alert" className="failure">
            {problem}
          </p>
        )}
      </Card>
    </>
  );
}

type Comment = {
  id: string;
  section: CvSection;
  line: number;
  quotedLine: string;
  text: string;
  createdAt: string;
  resolvedAt?: string | null;
};

function Comments({ comments, version }: { comments: Comment[]; version: number }) {
  const { t } = useI18n();
  const open = comments.filter((comment) => !comment.resolvedAt);
  const resolved = comments.filter((comment) => comment.resolvedAt);
  const order = (comment: Comment) => SECTIONS.indexOf(comment.section) * 1000 + comment.line;
  return (
    <Card title={t('candidate.cv.comments', { version })}>
      {comments.length === 0 ? (
        <p>{t('candidate.cv.comments.none')}</p>
      ) : (
        <>
          <p>{t('candidate.cv.comments.open', { count: open.length })}</p>
          <ul className="plain">
            {[...open, ...resolved]
              .sort(
                (a, b) =>
                  Number(Boolean(a.resolvedAt)) - Number(Boolean(b.resolvedAt)) || order(a) - order(b),
              )
              .map((comment) => (
                <CommentItem key={comment.id} comment={comment} />
              ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function CommentItem({ comment }: { comment: Comment }) {
  const { t, dateTime, errorText } = useI18n();
  const [resolve, resolving] = useMutation(RESOLVE_COMMENT);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <li className="item">
      <p className="muted">
        {t('candidate.cv.comment.where', {
          section: t(`candidate.cv.section.${comment.section}` as MessageKey),
          line: comment.line + 1,
        })}
      </p>
      <blockquote className="panel">{comment.quotedLine}</blockquote>
      <p>{comment.text}</p>
      {comment.resolvedAt ? (
        <p className="muted">{t('candidate.cv.comment.resolved', { when: dateTime(comment.resolvedAt) })}</p>
      ) : (
        <Button
          kind="quiet"
          disabled={resolving.loading}
          onClick={() => {
            setProblem(null);
            resolve({ variables: { id: comment.id } }).catch((failure: unknown) =>
              setProblem(errorText(failure)),
            );
          }}
        >
          {t('candidate.cv.comment.resolve')}
        </Button>
      )}
      {problem && (
        <p role="alert" className="failure">
          {problem}
        </p>
      )}
    </li>
  );
}

function Downloads({
  version,
  past = false,
}: {
  version: { version: number; layout: CvLayout; pdfPath: string; docxPath: string };
  /** An earlier version: its number said in the title. */
  past?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [layout, setLayout] = useState<CvLayout>(version.layout);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'failed'>('idle');
  const download = async (format: 'pdf' | 'docx') => {
    setState('loading');
    try {
      const token = await session.accessToken();
      const path = format === 'pdf' ? version.pdfPath : version.docxPath;
      const response = await fetch(`${path}?layout=${layout.toLowerCase()}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`cv: ${response.status}`);
      saveFile(await response.blob(), `cv-v${version.version}-${layout.toLowerCase()}.${format}`);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <Card
      title={
        past ? t('candidate.cv.downloadVersion', { version: version.version }) : t('candidate.cv.download')
      }
    >
      <div className="field">
        <label htmlFor="cv-download-layout">{t('candidate.cv.layout')}</label>
        <select
          id="cv-download-layout"
          value={layout}
          onChange={(event) => setLayout(event.target.value as CvLayout)}
        >
          {LAYOUTS.map((option) => (
            <option key={option} value={option}>
              {t(`candidate.cv.layout.${option}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <Button onClick={() => void download('pdf')} disabled={state === 'loading'}>
          {t('candidate.cv.download.pdf')}
        </Button>
        <Button kind="quiet" onClick={() => void download('docx')} disabled={state === 'loading'}>
          {t('candidate.cv.download.docx')}
        </Button>
      </div>
      {state === 'done' && <Notice>{t('candidate.cv.download.done')}</Notice>}
      {state === 'failed' && (
        <p role="alert" className="failure">
          {t('candidate.cv.download.failed')}
        </p>
      )}
    </Card>
  );
}

/** Which of an offer's skills the CV shows: the person pastes the offer's skills, one a line. */
function Tailoring({ candidateId }: { candidateId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [check, checked] = useLazyQuery(TAILORING, { fetchPolicy: 'network-only' });
  const skills = lines(text).map((label) => ({ label }));
  const result = checked.data?.cv?.current.tailoring;
  return (
    <Card title={t('candidate.cv.tailoring')}>
      <div className="field">
        <label htmlFor="cv-offer-skills">{t('candidate.cv.tailoring.skills')}</label>
        <p id="cv-offer-skills-hint" className="muted hint">
          {t('candidate.cv.tailoring.hint')}
        </p>
        <textarea
          id="cv-offer-skills"
          rows={4}
          value={text}
          aria-describedby="cv-offer-skills-hint"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <Button
        kind="quiet"
        disabled={skills.length === 0 || checked.loading}
        onClick={() => void check({ variables: { id: candidateId, skills } }).catch(() => null)}
      >
        {t('candidate.cv.tailoring.check')}
      </Button>
      {checked.error && <Failure />}
      {result && (
        <div role="status">
          <p>{t('candidate.cv.tailoring.coverage', { percent: Math.round(result.coverage * 100) })}</p>
          {result.shown.length > 0 && (
            <p>
              {t('candidate.cv.tailoring.shown', {
                skills: result.shown.map((skill) => skill.label).join(', '),
              })}
            </p>
          )}
          {result.missing.length > 0 && (
            <p>
              {t('candidate.cv.tailoring.missing', {
                skills: result.missing.map((skill) => skill.label).join(', '),
              })}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}
