import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSession } from '../auth/session';
import { graphql } from './gql';
import type { ImportColumnMappingInput } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, useRouter } from '../router';
import { Card, Failure, Loading, Notice } from '../ui/ui';
import { csvHeaders } from './file-headers';
import { ColumnMapping } from './ColumnMapping';
import { ImportProgress } from './ImportProgress';
import { uploadImport } from './upload';

const PROGRAMME_NAME = graphql(`
  query OpsImportProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      status
    }
  }
`);

/**
 * Ops bring in the HR file of a programme: choose it, follow it to the end, read the rows sent back
 * with their reasons (and take the report away); when intake cannot place the file's columns, say
 * which column holds which field and send it again.
 */
export function ImportScreen({ programmeId, batchId }: { programmeId: string; batchId: string | null }) {
  const { t, errorText } = useI18n();
  const session = useSession();
  const { navigate } = useRouter();
  // Each import has its own address: its results can be opened again from the programme's page.
  const setBatchId = (id: string | null) =>
    navigate(id ? `/programmes/${programmeId}/imports/${id}` : `/programmes/${programmeId}/import`);
  const programme = useQuery(PROGRAMME_NAME, { variables: { id: programmeId } });
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [mapping, setMapping] = useState(false);
  const client = useApolloClient();

  const send = async (columnMapping?: ImportColumnMappingInput[], saveColumnMapping?: boolean) => {
    if (!file) return;
    setSending(true);
    setFailure(null);
    try {
      const started = await uploadImport(await session.accessToken(), file, {
        programmeId,
        ...(columnMapping ? { columnMapping, saveColumnMapping } : {}),
      });
      setMapping(false);
      setBatchId(started.id);
      void client.refetchQueries({ include: ['OpsProgramme'] });
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setSending(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (file) void send();
  };

  if (programme.loading && !programme.data) return <Loading />;
  if (programme.error || !programme.data?.programme)
    return <Failure retry={() => void programme.refetch()} />;
  return (
    <>
      <p>
        <Link to={`/programmes/${programmeId}`}>
          {t('ops.import.back', { name: programme.data.programme.name })}
        </Link>
      </p>
      {!batchId && !mapping && programme.data.programme.status !== 'CONTRACTED' && (
        <p>{t('ops.programme.importClosed')}</p>
      )}
      {!batchId && !mapping && programme.data.programme.status === 'CONTRACTED' && (
        <Card title={t('ops.import.choose.title')}>
          <form onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="import-file">{t('ops.import.file')}</label>
              <p id="import-file-hint" className="muted hint">
                {t('ops.import.file.hint')}
              </p>
              <input
                id="import-file"
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={`import-file-hint${tried && !file ? ' import-file-problem' : ''}`}
                aria-invalid={tried && !file ? true : undefined}
                onChange={(event) => {
                  const chosen = event.target.files?.[0] ?? null;
                  setFile(chosen);
                  setHeaders(null);
                  if (chosen) void csvHeaders(chosen).then(setHeaders);
                }}
              />
              {tried && !file && (
                <p id="import-file-problem" className="failure" role="alert">
                  {t('ops.import.file.problem')}
                </p>
              )}
            </div>
            {failure && (
              <p role="alert" className="failure">
                {failure}
              </p>
            )}
            <button type="submit" className="button primary" disabled={sending}>
              {sending ? t('ops.import.sending') : t('ops.import.send')}
            </button>
          </form>
        </Card>
      )}
      {batchId && !mapping && (
        <ImportProgress
          key={batchId}
          batchId={batchId}
          canMap={headers !== null}
          onMap={() => setMapping(true)}
          onAnother={() => {
            setBatchId(null);
            setFile(null);
            setTried(false);
          }}
        />
      )}
      {mapping && headers && file && (
        <>
          <Notice>{t('ops.mapping.why', { filename: file.name })}</Notice>
          <ColumnMapping
            headers={headers}
            sending={sending}
            failure={failure}
            onSend={(columnMapping, save) => void send(columnMapping, save)}
            onCancel={() => {
              setMapping(false);
              setBatchId(null);
              setFile(null);
            }}
          />
        </>
      )}
    </>
  );
}
