import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { OveCriterion } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Failure, Loading } from '../ui/ui';

export const OVE_REGISTER = graphql(`
  query OpsOveRegister($id: ID!) {
    validJobOfferRegister(candidateId: $id) {
      candidateId
      definition {
        maxPayDropPercent
        minContractMonths
      }
      offered
      accepted
      refused
      refusedMeetingDefinition
      entries {
        offer {
          id
          employerName
          jobTitle
          place
          offeredOn
          contractType
          contractMonths
          grossAnnualPay
          previousGrossAnnualPay
          decision
          decisionReason
          decidedAt
        }
        payPercentOfPrevious
        meetsDefinition
        criteria {
          criterion
          met
        }
      }
    }
  }
`);

const CRITERIA: readonly OveCriterion[] = ['LABOUR_MARKET_AREA', 'PAY', 'CONTRACT'];
const verdict = (met: boolean | null | undefined) =>
  met === true ? 'yes' : met === false ? 'no' : 'unknown';

/**
 * The person's OVE register, as ops and their coach see it: each offer with its date, employer,
 * job, place, pay against the previous pay, contract, the person's answer and its date, why they
 * refused, and whether it met the programme's OVE definition (and which criterion did not).
 */
export function OveRegister({ candidateId }: { candidateId: string }) {
  const { t, day, language } = useI18n();
  const { data, loading, error, refetch } = useQuery(OVE_REGISTER, {
    variables: { id: candidateId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const register = data.validJobOfferRegister;
  const euros = (value: number) =>
    new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(value);
  return (
    <section aria-label={t('ops.ove.title')}>
      <p className="muted">
        {t('ops.ove.definition', {
          percent: 100 - register.definition.maxPayDropPercent,
          months: register.definition.minContractMonths,
        })}
      </p>
      {register.entries.length === 0 ? (
        <p className="muted">{t('ops.person.offers.none')}</p>
      ) : (
        <>
          <p>
            {t('ops.ove.counts', {
              offered: register.offered,
              accepted: register.accepted,
              refused: register.refused,
              meeting: register.refusedMeetingDefinition,
            })}
          </p>
          <ul className="ops-list">
            {register.entries.map(({ offer, payPercentOfPrevious, meetsDefinition, criteria }) => (
              <li key={offer.id}>
                <h3 className="ove-title">{`${offer.jobTitle}, ${offer.employerName}`}</h3>
                <dl className="ops-facts">
                  <dt>{t('ops.ove.offeredOn')}</dt>
                  <dd>{day(offer.offeredOn)}</dd>
                  <dt>{t('ops.ove.place')}</dt>
                  <dd>{offer.place ?? t('ops.ove.notSaid')}</dd>
                  <dt>{t('ops.ove.contract')}</dt>
                  <dd>
                    {t(`ops.offer.contract.${offer.contractType}`)}
                    {typeof offer.contractMonths === 'number' &&
                      ` · ${t('ops.person.outcome.months', { count: offer.contractMonths })}`}
                  </dd>
                  <dt>{t('ops.ove.pay')}</dt>
                  <dd>
                    {typeof offer.grossAnnualPay === 'number'
                      ? euros(offer.grossAnnualPay)
                      : t('ops.ove.notSaid')}
                    {typeof offer.previousGrossAnnualPay === 'number' &&
                      ` · ${t('ops.ove.previousPay', { amount: euros(offer.previousGrossAnnualPay) })}`}
                    {typeof payPercentOfPrevious === 'number' &&
                      ` · ${t('ops.ove.percent', { percent: payPercentOfPrevious.toLocaleString(language) })}`}
                  </dd>
                  <dt>{t('ops.ove.answer')}</dt>
                  <dd>
                    {t(`ops.offer.decision.${offer.decision}`)}
                    {offer.decidedAt && ` · ${day(offer.decidedAt)}`}
                    {offer.decisionReason && ` · ${t('ops.ove.reason', { reason: offer.decisionReason })}`}
                  </dd>
                  <dt>{t('ops.ove.meets')}</dt>
                  <dd>
                    <strong>{t(`ops.ove.meets.${verdict(meetsDefinition)}`)}</strong>
                    <ul className="ove-criteria">
                      {CRITERIA.map((criterion) => {
                        const check = criteria.find((c) => c.criterion === criterion);
                        return (
                          <li key={criterion}>
                            {t('ops.ove.criterionLine', {
                              criterion: t(`ops.ove.criterion.${criterion}`),
                              verdict: t(`ops.ove.met.${verdict(check?.met)}`),
                            })}
                          </li>
                        );
                      })}
                    </ul>
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
