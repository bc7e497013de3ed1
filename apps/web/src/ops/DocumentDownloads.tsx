import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { MessageKey } from '../i18n/fr';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { Card, Failure, Loading } from '../ui/ui';
import type { Frame } from './frame';
import './service-levels.css';

const DOWNLOADS = graphql(`
  query OpsDocumentDownloads($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
    }
    committeePackDownloads(programmeId: $programmeId) {
      asOf
      format
      subject
      role
      downloadedAt
    }
    dreetsReportDownloads(programmeId: $programmeId) {
      asOf
      followUp
      format
      subject
      role
      downloadedAt
    }
  }
`);

const ACCOUNT = graphql(`
  query OpsDownloaderAccount($id: ID!) {
    account(id: $id) {
      id
      displayName
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLES = ['sponsor', 'committee', 'ops', 'coach', 'candidate'];

interface Row {
  key: string;
  document: 'pack' | 'dreets';
  format: string;
  subject: string;
  role: string;
  downloadedAt: string;
  asOf: string;
  followUp: string | null;
}

/**
 * Who downloaded the programme's committee packs and reports to the DREETS, the latest first: the
 * reporting service's audit, one table for both documents. A downloader is named when ops may read
 * their account (identity decides: sponsor HR and committee accounts only for ops of every office);
 * otherwise by their role and the start of their account's number.
 */
export function DocumentDownloads({ programmeId, frame }: { programmeId: string; frame: Frame }) {
  const { t, day, errorText, language } = useI18n();
  // An audit's instant with its year (the shared dateTime leaves the year out, as a diary does).
  const instant = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  const { data, loading, error, refetch } = useQuery(DOWNLOADS, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const title = data?.programme
    ? t('ops.downloads.titleOf', { name: data.programme.name })
    : t('ops.downloads.title');
  const back = (
    <p>
      <Link to={`/programmes/${programmeId}`}>{t('ops.levels.back')}</Link>
    </p>
  );
  if (loading && !data) return frame(title, <Loading />);
  if (error && !data)
    return frame(
      title,
      <>
        {back}
        <div role="alert" className="failure">
          <p>{errorText(error)}</p>
        </div>
      </>,
    );
  if (!data) return frame(title, <Failure retry={() => void refetch()} />);
  const rows: Row[] = [
    ...data.committeePackDownloads.map((row, index) => ({
      ...row,
      key: `pack-${index}`,
      document: 'pack' as const,
      followUp: null,
    })),
    ...data.dreetsReportDownloads.map((row, index) => ({
      ...row,
      key: `dreets-${index}`,
      document: 'dreets' as const,
    })),
  ].sort((a, b) => b.downloadedAt.localeCompare(a.downloadedAt));
  return frame(
    title,
    <>
      {back}
      <Card title={t('ops.downloads.card')}>
        <p className="muted">{t('ops.downloads.intro')}</p>
        {rows.length === 0 ? (
          <p>{t('ops.downloads.none')}</p>
        ) : (
          <table className="levels-table">
            <caption>{t('ops.downloads.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ops.downloads.column.when')}</th>
                <th scope="col">{t('ops.downloads.column.who')}</th>
                <th scope="col">{t('ops.downloads.column.document')}</th>
                <th scope="col">{t('ops.downloads.column.dates')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{instant.format(new Date(row.downloadedAt))}</th>
                  <td data-label={t('ops.downloads.column.who')}>
                    <Downloader subject={row.subject} role={row.role} />
                  </td>
                  <td data-label={t('ops.downloads.column.document')}>
                    {t(`ops.downloads.document.${row.document}`, { format: row.format })}
                  </td>
                  <td data-label={t('ops.downloads.column.dates')}>
                    {row.followUp
                      ? t('ops.downloads.dates.dreets', { asOf: day(row.asOf), followUp: day(row.followUp) })
                      : t('ops.downloads.dates.pack', { asOf: day(row.asOf) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>,
  );
}

function Downloader({ subject, role }: { subject: string; role: string }) {
  const { t } = useI18n();
  const account = useQuery(ACCOUNT, { variables: { id: subject }, skip: !UUID.test(subject) });
  const roleText = t(
    (ROLES.includes(role) ? `ops.downloads.role.${role}` : 'ops.downloads.role.other') as MessageKey,
  );
  const name = account.data?.account?.displayName;
  return name ? (
    <>
      {name} <span className="muted">({roleText})</span>
    </>
  ) : (
    <>
      {roleText} <span className="muted">{t('ops.downloads.account', { id: subject.slice(0, 8) })}</span>
    </>
  );
}
