import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from './gql';
import type { CoachApplicationsQuery, OfferContractType } from './gql/graphql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Button, Field } from '../ui/ui';

const LOG = graphql(`
  mutation CoachLogValidJobOffer($input: LogValidJobOfferInput!) {
    logValidJobOffer(input: $input) {
      id
    }
  }
`);

const DECIDE = graphql(`
  mutation CoachDecideValidJobOffer($input: DecideValidJobOfferInput!) {
    decideValidJobOffer(input: $input) {
      id
      decision
    }
  }
`);

const MARK_LOGGED = graphql(`
  mutation CoachMarkOveLogged($applicationId: ID!) {
    markOveLogged(applicationId: $applicationId) {
      id
      oveToLog {
        loggedAt
      }
    }
  }
`);

export type OveApplication = NonNullable<CoachApplicationsQuery['candidate']>['ovesToLog'][number];

const CONTRACTS: readonly OfferContractType[] = ['PERMANENT', 'FIXED_TERM', 'TEMPORARY'];

/** An optional whole number from 1 to `max`: null when empty, NaN otherwise. */
function optionalWhole(value: string, max: number): number | null {
  const text = value.replace(/\s/g, '');
  if (!text) return null;
  const number = /^\d+$/.test(text) ? Number(text) : NaN;
  return number >= 1 && number <= max ? number : NaN;
}

/**
 * One answered offer logged in the person's OVE register from the application (employer, job, ROME
 * code, day offered), with what the register needs beyond it, then the person's answer recorded,
 * then the application marked logged. A step that fails is said, and the next try resumes there.
 * "Already logged" is for an offer someone logged in the register another way.
 */
export function OveLogForm({
  candidateId,
  application,
  onDone,
}: {
  candidateId: string;
  application: OveApplication;
  onDone: (text: string) => void;
}) {
  const { t, day, errorText } = useI18n();
  const ove = application.oveToLog;
  const [open, setOpen] = useState(false);
  const [contract, setContract] = useState<OfferContractType>('PERMANENT');
  const [months, setMonths] = useState('');
  const [place, setPlace] = useState('');
  const [postcode, setPostcode] = useState('');
  const [pay, setPay] = useState('');
  const [previousPay, setPreviousPay] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [decided, setDecided] = useState(false);
  const refetch = { refetchQueries: ['CoachApplications'], awaitRefetchQueries: true };
  const [log, logging] = useMutation(LOG);
  const [decide, deciding] = useMutation(DECIDE);
  const [mark, marking] = useMutation(MARK_LOGGED, refetch);
  if (!ove) return null;
  const which = { job: application.jobTitle, company: application.company };
  const refused = ove.decision === 'REFUSED';
  const monthsValue = contract === 'PERMANENT' ? null : optionalWhole(months, 120);
  const payValue = optionalWhole(pay, 1_000_000);
  const previousPayValue = optionalWhole(previousPay, 1_000_000);
  const problems = {
    months: Number.isNaN(monthsValue) ? t('coach.ove.problem.months') : null,
    postcode: postcode.trim() && !/^\d{5}$/.test(postcode.trim()) ? t('coach.ove.problem.postcode') : null,
    pay: Number.isNaN(payValue) ? t('coach.ove.problem.pay') : null,
    previousPay: Number.isNaN(previousPayValue) ? t('coach.ove.problem.pay') : null,
    reason: refused && !reason.trim() ? t('coach.ove.problem.reason') : null,
  };
  const busy = logging.loading || deciding.loading || marking.loading;
  const error = logging.error ?? deciding.error ?? marking.error;
  const markLogged = () =>
    mark({ variables: { applicationId: application.id } }).then(() => onDone(t('coach.ove.logged', which)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    try {
      let id = offerId;
      if (!id) {
        const logged = await log({
          variables: {
            input: {
              candidateId,
              employerName: application.company,
              jobTitle: application.jobTitle,
              occupationCode: application.occupationCode ?? null,
              contractType: contract,
              offeredOn: ove.offeredOn,
              contractMonths: monthsValue,
              place: place.trim() || null,
              placePostcode: postcode.trim() || null,
              grossAnnualPay: payValue,
              previousGrossAnnualPay: previousPayValue,
            },
          },
        });
        id = logged.data?.logValidJobOffer.id ?? null;
        if (!id) return;
        setOfferId(id);
      }
      if (!decided) {
        await decide({
          variables: {
            input: { validJobOfferId: id, decision: ove.decision, reason: refused ? reason.trim() : null },
          },
        });
        setDecided(true);
      }
      await markLogged();
    } catch {
      // Said under the form (the mutation's error); the next try resumes at the step that failed.
    }
  };
  if (!open)
    return (
      <div className="coach-actions">
        <Button onClick={() => setOpen(true)}>
          <span>{t('coach.ove.open')}</span>
          <span className="visually-hidden"> {t('coach.ove.which', which)}</span>
        </Button>
        <Button kind="quiet" disabled={busy} onClick={() => void markLogged().catch(() => undefined)}>
          <span>{t('coach.ove.already')}</span>
          <span className="visually-hidden"> {t('coach.ove.which', which)}</span>
        </Button>
        {marking.error && (
          <p role="alert" className="failure">
            {errorText(marking.error)}
          </p>
        )}
      </div>
    );
  const id = `ove-${application.id}`;
  return (
    <form
      className="coach-add"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('coach.ove.formTitle', which)}
    >
      <h3>{t('coach.ove.formTitle', which)}</h3>
      <p className="muted">
        {t('coach.ove.fromApplication', {
          offered: day(ove.offeredOn),
          decision: t(`coach.applications.decision.${ove.decision}` as MessageKey),
        })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-contract`}>{t('coach.ove.contract')}</label>
        <select
          id={`${id}-contract`}
          value={contract}
          onChange={(event) => setContract(event.target.value as OfferContractType)}
        >
          {CONTRACTS.map((value) => (
            <option key={value} value={value}>
              {t(`coach.ove.contract.${value}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {contract !== 'PERMANENT' && (
        <Field
          id={`${id}-months`}
          label={t('coach.ove.months')}
          hint={t('coach.ove.monthsHint')}
          value={months}
          onChange={setMonths}
          problem={tried ? problems.months : null}
        />
      )}
      <Field id={`${id}-place`} label={t('coach.ove.place')} value={place} onChange={setPlace} />
      <Field
        id={`${id}-postcode`}
        label={t('coach.ove.postcode')}
        value={postcode}
        onChange={setPostcode}
        problem={tried ? problems.postcode : null}
      />
      <Field
        id={`${id}-pay`}
        label={t('coach.ove.pay')}
        value={pay}
        onChange={setPay}
        problem={tried ? problems.pay : null}
      />
      <Field
        id={`${id}-previous-pay`}
        label={t('coach.ove.previousPay')}
        value={previousPay}
        onChange={setPreviousPay}
        problem={tried ? problems.previousPay : null}
      />
      {refused && (
        <Field
          id={`${id}-reason`}
          label={t('coach.ove.reason')}
          value={reason}
          onChange={setReason}
          problem={tried ? problems.reason : null}
          required
        />
      )}
      <div className="coach-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('coach.ove.save')}
        </button>
        <Button kind="quiet" onClick={() => setOpen(false)}>
          {t('coach.common.cancel')}
        </Button>
      </div>
      {offerId && !marking.data && <p className="muted">{t('coach.ove.inRegister')}</p>}
      {error && (
        <p role="alert" className="failure">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}
