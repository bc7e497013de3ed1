import { useState } from 'react';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { saveFile } from '../ui/save-file';
import { Button, Card, Notice } from '../ui/ui';

type Format = 'pdf' | 'xlsx';

/** The documents reporting makes of a programme on a date, and where the gateway serves them. */
const DOCUMENTS = {
  pack: { path: '/committee-packs', file: 'commission-de-suivi' },
  dreets: { path: '/dreets-reports', file: 'bilan-dreets' },
} as const;

/**
 * A document of the dashboard's programme, on the dashboard's date: the committee pack, or the
 * end-of-programme report to the DREETS (its outcomes counted again today). Fetched through the
 * gateway with the session's token (reporting records who downloaded which), then saved.
 */
export function DocumentDownloads({
  document,
  programmeId,
  asOf,
}: {
  document: keyof typeof DOCUMENTS;
  programmeId: string;
  asOf: string | null;
}) {
  const { t } = useI18n();
  const { path, file } = DOCUMENTS[document];
  const session = useSession();
  const [state, setState] = useState<'loading' | 'done' | 'failed' | null>(null);
  const download = async (format: Format) => {
    setState('loading');
    try {
      const token = await session.accessToken();
      const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
      const response = await fetch(`${path}/${encodeURIComponent(programmeId)}.${format}${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`${document}: ${response.status}`);
      saveFile(await response.blob(), `${file}-${(asOf ?? 'aujourdhui').slice(0, 10)}.${format}`);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <Card title={t(`commission.${document}`)}>
      <p>{t(`commission.${document}.intro`)}</p>
      <div className="pack-buttons">
        <Button onClick={() => void download('pdf')} disabled={state === 'loading'}>
          {t('commission.download.pdf')}
        </Button>
        <Button kind="quiet" onClick={() => void download('xlsx')} disabled={state === 'loading'}>
          {t('commission.download.xlsx')}
        </Button>
      </div>
      {state === 'done' && <Notice>{t('commission.download.done')}</Notice>}
      {state === 'failed' && (
        <p role="alert" className="failure">
          {t('commission.download.failed')}
        </p>
      )}
    </Card>
  );
}
