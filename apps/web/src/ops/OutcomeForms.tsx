import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { OfferContractType, OutcomeCategory } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Field, Notice } from '../ui/ui';
import { categoryKey, OUTCOME_CATEGORIES } from './programme-words';

const RECORD = graphql(`
  mutation OpsRecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);

const CORRECT = graphql(`
  mutation OpsCorrectOutcome($input: CorrectOutcomeInput!) {
    correctOutcome(input: $input) {
      id
    }
  }
`);

const LOG_OFFER = graphql(`
  mutation OpsLogValidJobOffer($input: LogValidJobOfferInput!) {
    logValidJobOffer(input: $input) {
      id
    }
  }
`);

const JOBS: readonly OutcomeCategory[] = [
  'PERMANENT_CONTRACT',
  'FIXED_TERM_6_MONTHS_OR_MORE',
  'SHORT_FIXED_TERM_OR_TEMPORARY',
];
const CONTRACTS: readonly OfferContractType[] = ['PERMANENT', 'FIXED_TERM', 'TEMPORARY'];
const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The person's outcome in the categories the report uses, with the report's rules checked as it is
 * typed (a job names its employer; a fixed term says its length, on the right side of six months).
 * Once one is recorded, a change is a correction, with its reason.
 */
export function OutcomeForm({ candidateId, correcting }: { candidateId: string; correcting: boolean }) {
  const { t, errorText } = useI18n();
  const [category, setCategory] = useState<OutcomeCategory | ''>('');
  const [date, setDate] = useState('');
  const [employer, setEmployer] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [months, setMonths] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const options = { refetchQueries: ['OpsPerson', 'OpsProgrammeOutcomes'] };
  const [record, recording] = useMutation(RECORD, options);
  const [correct, correctingState] = useMutation(CORRECT, options);
  const state = correcting ? correctingState : recording;
  const job = category !== '' && JOBS.includes(category);
  const fixedTerm =
    category === 'FIXED_TERM_6_MONTHS_OR_MORE' || category === 'SHORT_FIXED_TERM_OR_TEMPORARY';
  const length = whole(months);
  const problems = {
    category: category === '' ? t('ops.outcomeForm.problem.category') : null,
    date: !DATE.test(date) ? t('ops.outcomeForm.problem.date') : null,
    employer: job && !employer.trim() ? t('ops.outcomeForm.problem.employer') : null,
    months: !fixedTerm
      ? null
      : !(length >= 1)
        ? t('ops.outcomeForm.problem.months')
        : category === 'FIXED_TERM_6_MONTHS_OR_MORE' && length < 6
          ? t('ops.outcomeForm.problem.short')
          : category === 'SHORT_FIXED_TERM_OR_TEMPORARY' && length >= 6
            ? t('ops.outcomeForm.problem.long')
            : null,
    reason: correcting && !reason.trim() ? t('ops.outcomeForm.problem.reason') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (category === '' || Object.values(problems).some(Boolean)) return;
    const fields = {
      candidateId,
      category,
      outcomeDate: date,
      employerName: job ? employer.trim() : null,
      jobTitle: job && jobTitle.trim() ? jobTitle.trim() : null,
      contractMonths: fixedTerm ? length : null,
    };
    const done = correcting
      ? correct({ variables: { input: { ...fields, reason: reason.trim() } } })
      : record({ variables: { input: fields } });
    await done
      .then(() => {
        setSaved(true);
        setTried(false);
        setReason('');
      })
      .catch(() => undefined);
  };
  const shown = (problem: string | null, value: string) => (tried || value ? problem : null);
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="ops-subform"
      aria-label={correcting ? t('ops.outcomeForm.correct') : t('ops.outcomeForm.record')}
    >
      <h3>{correcting ? t('ops.outcomeForm.correct') : t('ops.outcomeForm.record')}</h3>
      {saved && <Notice>{t('ops.outcomeForm.saved')}</Notice>}
      <div className="ops-grid">
        <div className="field">
          <label htmlFor="outcome-category">{t('ops.outcomeForm.category')}</label>
          <select
            id="outcome-category"
            value={category}
            aria-invalid={tried && problems.category ? true : undefined}
            aria-describedby={tried && problems.category ? 'outcome-category-problem' : undefined}
            onChange={(event) => setCategory(event.target.value as OutcomeCategory | '')}
          >
            <option value="">{t('ops.outcomeForm.choose')}</option>
            {OUTCOME_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(categoryKey(value))}
              </option>
            ))}
          </select>
          {tried && problems.category && (
            <p id="outcome-category-problem" className="failure" role="alert">
              {problems.category}
            </p>
          )}
        </div>
        <Field
          id="outcome-date"
          type="date"
          label={t('ops.outcomeForm.date')}
          hint={t('ops.outcomeForm.date.hint')}
          value={date}
          onChange={setDate}
          problem={shown(problems.date, date)}
          required
        />
        {job && (
          <>
            <Field
              id="outcome-employer"
              label={t('ops.outcomeForm.employer')}
              value={employer}
              onChange={setEmployer}
              problem={shown(problems.employer, employer)}
              required
            />
            <Field
              id="outcome-job"
              label={t('ops.outcomeForm.jobTitle')}
              value={jobTitle}
              onChange={setJobTitle}
            />
          </>
        )}
        {fixedTerm && (
          <Field
            id="outcome-months"
            type="number"
            label={t('ops.outcomeForm.months')}
            value={months}
            onChange={setMonths}
            problem={shown(problems.months, months)}
            required
          />
        )}
        {correcting && (
          <Field
            id="outcome-reason"
            label={t('ops.outcomeForm.reason')}
            value={reason}
            onChange={setReason}
            problem={shown(problems.reason, reason)}
            required
          />
        )}
      </div>
      {state.error && (
        <p role="alert" className="failure">
          {errorText(state.error)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={state.loading}>
        {state.loading
          ? t('ops.saving')
          : correcting
            ? t('ops.outcomeForm.saveCorrection')
            : t('ops.outcomeForm.save')}
      </button>
    </form>
  );
}

/** A valid job offer (OVE) made to the person: logged, then accepted or refused by them. */
export function ValidJobOfferForm({ candidateId }: { candidateId: string }) {
  const { t, errorText } = useI18n();
  const [employer, setEmployer] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [contract, setContract] = useState<OfferContractType>('PERMANENT');
  const [date, setDate] = useState('');
  const [months, setMonths] = useState('');
  const [place, setPlace] = useState('');
  const [postcode, setPostcode] = useState('');
  const [pay, setPay] = useState('');
  const [previousPay, setPreviousPay] = useState('');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [log, { loading, error }] = useMutation(LOG_OFFER, {
    refetchQueries: ['OpsPerson', 'OpsOveRegister'],
  });
  const permanent = contract === 'PERMANENT';
  /** An optional whole number: null when empty, NaN when not a whole number in range. */
  const optionalWhole = (value: string, max: number) => {
    if (!value.trim()) return null;
    const number = whole(value.replace(/\s/g, ''));
    return number >= 1 && number <= max ? number : NaN;
  };
  const monthsValue = permanent ? null : optionalWhole(months, 120);
  const payValue = optionalWhole(pay, 1_000_000);
  const previousPayValue = optionalWhole(previousPay, 1_000_000);
  const problems = {
    employer: !employer.trim() ? t('ops.offerForm.problem.employer') : null,
    jobTitle: !jobTitle.trim() ? t('ops.offerForm.problem.jobTitle') : null,
    date: !DATE.test(date) ? t('ops.offerForm.problem.date') : null,
    months: Number.isNaN(monthsValue) ? t('ops.offerForm.problem.months') : null,
    postcode:
      postcode.trim() && !/^\d{5}$/.test(postcode.trim()) ? t('ops.offerForm.problem.postcode') : null,
    pay: Number.isNaN(payValue) ? t('ops.offerForm.problem.pay') : null,
    previousPay: Number.isNaN(previousPayValue) ? t('ops.offerForm.problem.pay') : null,
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (Object.values(problems).some(Boolean)) return;
    await log({
      variables: {
        input: {
          candidateId,
          employerName: employer.trim(),
          jobTitle: jobTitle.trim(),
          contractType: contract,
          offeredOn: date,
          contractMonths: monthsValue,
          place: place.trim() || null,
          placePostcode: postcode.trim() || null,
          grossAnnualPay: payValue,
          previousGrossAnnualPay: previousPayValue,
        },
      },
    })
      .then(() => {
        setSaved(true);
        setTried(false);
        setEmployer('');
        setJobTitle('');
        setDate('');
        setMonths('');
        setPlace('');
        setPostcode('');
        setPay('');
      })
      .catch(() => undefined);
  };
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="ops-subform"
      aria-label={t('ops.offerForm.title')}
    >
      <h3>{t('ops.offerForm.title')}</h3>
      {saved && <Notice>{t('ops.offerForm.saved')}</Notice>}
      <div className="ops-grid">
        <Field
          id="offer-employer"
          label={t('ops.offerForm.employer')}
          value={employer}
          onChange={setEmployer}
          problem={tried ? problems.employer : null}
          required
        />
        <Field
          id="offer-job"
          label={t('ops.offerForm.jobTitle')}
          value={jobTitle}
          onChange={setJobTitle}
          problem={tried ? problems.jobTitle : null}
          required
        />
        <div className="field">
          <label htmlFor="offer-contract">{t('ops.offerForm.contract')}</label>
          <select
            id="offer-contract"
            value={contract}
            onChange={(event) => setContract(event.target.value as OfferContractType)}
          >
            {CONTRACTS.map((value) => (
              <option key={value} value={value}>
                {t(`ops.offer.contract.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="offer-date"
          type="date"
          label={t('ops.offerForm.date')}
          value={date}
          onChange={setDate}
          problem={tried || date ? problems.date : null}
          required
        />
      </div>
      <p className="muted">{t('ops.offerForm.optional')}</p>
      <div className="ops-grid">
        {!permanent && (
          <Field
            id="offer-months"
            label={t('ops.offerForm.months')}
            value={months}
            onChange={setMonths}
            problem={tried ? problems.months : null}
          />
        )}
        <Field id="offer-place" label={t('ops.offerForm.place')} value={place} onChange={setPlace} />
        <Field
          id="offer-postcode"
          label={t('ops.offerForm.postcode')}
          value={postcode}
          onChange={setPostcode}
          problem={tried ? problems.postcode : null}
        />
        <Field
          id="offer-pay"
          label={t('ops.offerForm.pay')}
          value={pay}
          onChange={setPay}
          problem={tried ? problems.pay : null}
        />
        <Field
          id="offer-previous-pay"
          label={t('ops.offerForm.previousPay')}
          value={previousPay}
          onChange={setPreviousPay}
          problem={tried ? problems.previousPay : null}
        />
      </div>
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="button primary" disabled={loading}>
        {loading ? t('ops.saving') : t('ops.offerForm.save')}
      </button>
    </form>
  );
}
