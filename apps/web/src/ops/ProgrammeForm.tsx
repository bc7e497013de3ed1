import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { ProgrammeTermsInput, ProgrammeType } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Failure, Field, Loading } from '../ui/ui';
import { PROGRAMME_TYPES, typeKey } from './programme-words';

const OFFICES = graphql(`
  query OpsOfficeChoices {
    offices {
      id
      name
    }
  }
`);

/** The contract's terms as typed: strings, checked as the person types, sent as numbers. */
export interface TermsDraft {
  type: ProgrammeType;
  sites: string;
  headcount: string;
  startDate: string;
  durationMonths: string;
  sessionBudgetPerPerson: string;
  /** The employer's (or site's) NAF code, optional: empty when not known. */
  employerNafCode: string;
}

export const EMPTY_TERMS: TermsDraft = {
  type: 'PSE',
  sites: '',
  headcount: '',
  startDate: '',
  durationMonths: '12',
  sessionBudgetPerPerson: '',
  employerNafCode: '',
};

/** A NAF code as INSEE writes it, 10.51C; the letter may be typed in lower case. */
const nafCodeOf = (value: string) => value.trim().toUpperCase();
const NAF_CODE = /^\d{2}\.\d{2}[A-Z]$/;

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);

/** What is wrong with each term, in words (null when right); untouched fields say nothing yet. */
export function termsProblems(draft: TermsDraft, t: (key: MessageKey) => string) {
  const headcount = whole(draft.headcount);
  const duration = whole(draft.durationMonths);
  const budget = whole(draft.sessionBudgetPerPerson);
  return {
    sites: sitesOf(draft.sites).length === 0 ? t('ops.terms.problem.sites') : null,
    headcount: !(headcount >= 1) ? t('ops.terms.problem.headcount') : null,
    startDate: !/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate) ? t('ops.terms.problem.startDate') : null,
    durationMonths: !(duration >= 1 && duration <= 60) ? t('ops.terms.problem.duration') : null,
    sessionBudgetPerPerson: !(budget >= 0 && budget <= 500) ? t('ops.terms.problem.budget') : null,
    employerNafCode:
      nafCodeOf(draft.employerNafCode) !== '' && !NAF_CODE.test(nafCodeOf(draft.employerNafCode))
        ? t('ops.terms.problem.employerNafCode')
        : null,
  };
}

const sitesOf = (sites: string) =>
  sites
    .split(/[,;\n]/)
    .map((site) => site.trim())
    .filter(Boolean);

export function termsInput(
  draft: TermsDraft,
  outcomeTargets: ProgrammeTermsInput['outcomeTargets'] = [],
): ProgrammeTermsInput {
  return {
    type: draft.type,
    sites: sitesOf(draft.sites),
    headcount: Number(draft.headcount),
    startDate: draft.startDate,
    durationMonths: Number(draft.durationMonths),
    sessionBudgetPerPerson: Number(draft.sessionBudgetPerPerson),
    outcomeTargets,
    // Left empty: no code (an amendment clears one the programme had).
    employerNafCode: nafCodeOf(draft.employerNafCode) || null,
  };
}

/** The terms' fields; a field says what is wrong once it has been touched (or a send was tried). */
export function TermsFields({
  draft,
  onChange,
  showAll,
}: {
  draft: TermsDraft;
  onChange: (draft: TermsDraft) => void;
  showAll: boolean;
}) {
  const { t } = useI18n();
  const [touched, setTouched] = useState<ReadonlySet<keyof TermsDraft>>(new Set());
  const problems = termsProblems(draft, t);
  const set = (key: keyof TermsDraft) => (value: string) => {
    setTouched((before) => new Set(before).add(key));
    onChange({ ...draft, [key]: value });
  };
  const shown = (key: Exclude<keyof TermsDraft, 'type'>) =>
    showAll || touched.has(key) ? problems[key] : null;
  return (
    <>
      <div className="field">
        <label htmlFor="terms-type">{t('ops.terms.type')}</label>
        <select
          id="terms-type"
          value={draft.type}
          onChange={(event) => onChange({ ...draft, type: event.target.value as ProgrammeType })}
        >
          {PROGRAMME_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(typeKey(type))}
            </option>
          ))}
        </select>
      </div>
      <Field
        id="terms-sites"
        label={t('ops.terms.sites')}
        hint={t('ops.terms.sites.hint')}
        value={draft.sites}
        onChange={set('sites')}
        problem={shown('sites')}
        required
      />
      <div className="ops-grid">
        <Field
          id="terms-headcount"
          type="number"
          label={t('ops.terms.headcount')}
          value={draft.headcount}
          onChange={set('headcount')}
          problem={shown('headcount')}
          required
        />
        <Field
          id="terms-start"
          type="date"
          label={t('ops.terms.startDate')}
          value={draft.startDate}
          onChange={set('startDate')}
          problem={shown('startDate')}
          required
        />
        <Field
          id="terms-duration"
          type="number"
          label={t('ops.terms.duration')}
          value={draft.durationMonths}
          onChange={set('durationMonths')}
          problem={shown('durationMonths')}
          required
        />
        <Field
          id="terms-budget"
          type="number"
          label={t('ops.terms.budget')}
          hint={t('ops.terms.budget.hint')}
          value={draft.sessionBudgetPerPerson}
          onChange={set('sessionBudgetPerPerson')}
          problem={shown('sessionBudgetPerPerson')}
          required
        />
      </div>
      <Field
        id="terms-naf"
        label={t('ops.terms.employerNafCode')}
        hint={t('ops.terms.employerNafCode.hint')}
        value={draft.employerNafCode}
        onChange={set('employerNafCode')}
        problem={shown('employerNafCode')}
      />
    </>
  );
}

/** The offices serving a programme: one checkbox per office the signed-in member works in. */
export function OfficeChoice({
  chosen,
  onChange,
  problem,
}: {
  chosen: readonly string[];
  onChange: (officeIds: string[]) => void;
  problem: string | null;
}) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(OFFICES);
  return (
    <fieldset className="ops-fieldset" aria-describedby={problem ? 'offices-problem' : undefined}>
      <legend>{t('ops.terms.offices')}</legend>
      {loading && !data ? (
        <Loading />
      ) : error || !data ? (
        <Failure retry={() => void refetch()} />
      ) : data.offices.length === 0 ? (
        <p>{t('ops.terms.offices.none')}</p>
      ) : (
        data.offices.map((office) => (
          <label key={office.id} className="option">
            <input
              type="checkbox"
              checked={chosen.includes(office.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...chosen, office.id] : chosen.filter((id) => id !== office.id),
                )
              }
            />
            {office.name}
          </label>
        ))
      )}
      {problem && (
        <p id="offices-problem" className="failure" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
