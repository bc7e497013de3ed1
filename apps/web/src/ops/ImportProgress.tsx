import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import { useI18n } from '../i18n/i18n';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';
import { saveFile } from '../ui/save-file';

const PAGE = 50;

const BATCH = graphql(`
  query OpsImportBatch($id: ID!, $offset: Int!, $limit: Int!) {
    importBatch(id: $id) {
      id
      filename
      status
      failureCode
      failureReason
      rowsTotal
      rowsRead
      rowsEnrolled
      rowsUpdated
      rowsUnchanged
      rowsRejected
      finishedAt
      errors(offset: $offset, limit: $limit) {
        total
        items {
          row
          column
          reason
          value
        }
      }
    }
  }
`);

const REPORT = graphql(`
  query OpsImportReport($id: ID!) {
    importBatch(id: $id) {
      id
      errorReport {
        filename
        contentType
        content
      }
    }
  }
`);

const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/** Intake names a column problem in its reason: the one refusal a column mapping can mend. */
const aboutColumns = (reason: string | null | undefined) => /column/i.test(reason ?? '');

/** The import as it runs (a bar to the end), then what came of it, the rows sent back and their report. */
export function ImportProgress({
  batchId,
  canMap,
  onMap,
  onAnother,
}: {
  batchId: string;
  canMap: boolean;
  onMap: () => void;
  onAnother: () => void;
}) {
  const { t, errorText } = useI18n();
  const client = useApolloClient();
  const [offset, setOffset] = useState(0);
  const [reportFailure, setReportFailure] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  const { data, error, refetch } = useQuery(BATCH, {
    variables: { id: batchId, offset, limit: PAGE },
    pollInterval: finished ? 0 : 700,
    notifyOnNetworkStatusChange: false,
  });
  const batch = data?.importBatch;
  if (batch && FINISHED.has(batch.status) && !finished) setFinished(true);
  if (error && !batch) return <Failure retry={() => void refetch()} />;
  if (!batch) return <Loading />;

  const download = async () => {
    setReportFailure(null);
    try {
      const answer = await client.query({
        query: REPORT,
        variables: { id: batchId },
        fetchPolicy: 'network-only',
      });
      const report = answer.data?.importBatch?.errorReport;
      if (!report) throw answer.error ?? new Error('no report');
      saveFile(new Blob([report.content], { type: report.contentType }), report.filename);
    } catch (failure) {
      setReportFailure(errorText(failure));
    }
  };

  const done = FINISHED.has(batch.status);
  const total = batch.rowsTotal;
  return (
    <>
      <Card title={t('ops.import.progress.title', { filename: batch.filename })}>
        <progress
          aria-labelledby="import-progress-label"
          max={total ?? undefined}
          value={
            total === null || total === undefined
              ? undefined
              : done && batch.status === 'COMPLETED'
                ? total
                : batch.rowsRead
          }
        />
        <p id="import-progress-label">
          {total === null || total === undefined
            ? t('ops.import.progress.checking')
            : t('ops.import.progress.rows', { read: batch.rowsRead, total })}
        </p>
        <p className={`ops-status ops-import-${batch.status.toLowerCase()}`}>
          {t(`ops.import.status.${batch.status}`)}
        </p>
        {done && batch.status !== 'FAILED' && (
          <Notice>
            {t('ops.import.done', {
              enrolled: batch.rowsEnrolled,
              updated: batch.rowsUpdated,
              unchanged: batch.rowsUnchanged,
              rejected: batch.rowsRejected,
            })}
          </Notice>
        )}
        {batch.status === 'FAILED' && (
          <div role="alert" className="failure">
            <p>
              {t(batch.failureCode ? `ops.import.failure.${batch.failureCode}` : 'ops.import.failure.other')}
            </p>
            {batch.failureReason && (
              <details>
                <summary>{t('ops.import.failure.detail')}</summary>
                <p lang="en">{batch.failureReason}</p>
              </details>
            )}
          </div>
        )}
        <div className="ops-actions">
          {batch.status === 'FAILED' && aboutColumns(batch.failureReason) && canMap && (
            <Button onClick={onMap}>{t('ops.import.map')}</Button>
          )}
          {done && (
            <Button kind={batch.status === 'FAILED' ? 'quiet' : 'primary'} onClick={onAnother}>
              {t('ops.import.another')}
            </Button>
          )}
        </div>
      </Card>
      {batch.errors.total > 0 && (
        <Card title={t('ops.import.rejected.title', { count: batch.errors.total })}>
          <p className="muted">{t('ops.import.rejected.intro')}</p>
          <div className="ops-actions">
            <Button onClick={() => void download()}>{t('ops.import.report')}</Button>
          </div>
          {reportFailure && (
            <p role="alert" className="failure">
              {reportFailure}
            </p>
          )}
          <div className="ops-scroll" role="region" aria-label={t('ops.import.rejected.table')} tabIndex={0}>
            <table className="ops-table">
              <caption className="visually-hidden">{t('ops.import.rejected.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ops.import.rejected.row')}</th>
                  <th scope="col">{t('ops.import.rejected.column')}</th>
                  <th scope="col">{t('ops.import.rejected.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {batch.errors.items.map((item) => (
                  <tr key={`${item.row}-${item.column ?? ''}`}>
                    <th scope="row">{item.row}</th>
                    <td>{item.column ?? t('ops.import.rejected.wholeRow')}</td>
                    <td>
                      <span lang="en">{item.reason}</span>
                      {item.value && (
                        <span className="ops-value muted">
                          {t('ops.import.rejected.value', { value: item.value })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {batch.errors.total > PAGE && (
            <div className="ops-actions">
              <p className="muted">
                {t('ops.import.rejected.page', {
                  from: offset + 1,
                  to: Math.min(offset + PAGE, batch.errors.total),
                  total: batch.errors.total,
                })}
              </p>
              <Button
                kind="quiet"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('ops.previous')}
              </Button>
              <Button
                kind="quiet"
                disabled={offset + PAGE >= batch.errors.total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('ops.next')}
              </Button>
            </div>
          )}
        </Card>
      )}
    </>
  );
}
