import type { SuppressionReason } from './gql/graphql';
import { useI18n } from '../i18n/i18n';

/**
 * A count as the sponsor's tables show it: a bar (its length against the table's `largest`) and
 * the number, or "Masqué" pointing (aria-describedby) to the sentence under the table saying why.
 * The console draws what the gateway returned and never works a hidden number out.
 */
export function CountCell({
  count,
  suppression,
  largest,
  whyId,
}: {
  count: number | null | undefined;
  suppression: SuppressionReason | null | undefined;
  largest: number;
  /** The id prefix of the table's reasons: `${whyId}-why-${reason}`. */
  whyId: string;
}) {
  const { t } = useI18n();
  if (count == null)
    return (
      <span className="hidden-count" aria-describedby={`${whyId}-why-${suppression ?? 'none'}`}>
        {t('sponsor.hidden')}
      </span>
    );
  return (
    <span className="bar-cell">
      {count > 0 && (
        <span className="count-bar" style={{ width: `${(count / largest) * 85}%` }} aria-hidden="true" />
      )}
      <span className="value">{count}</span>
    </span>
  );
}

/** The sentences saying why the table's hidden counts are hidden, one per reason. */
export function WhyHidden({
  whyId,
  reasons,
  threshold,
}: {
  whyId: string;
  reasons: readonly (SuppressionReason | null | undefined)[];
  threshold: number;
}) {
  const { t } = useI18n();
  return (
    <>
      {[...new Set(reasons.filter((reason) => reason != null))].map((reason) => (
        <p key={reason} id={`${whyId}-why-${reason}`} className="muted why-hidden">
          {t(`sponsor.hidden.${reason}`, { k: threshold })}
        </p>
      ))}
    </>
  );
}
