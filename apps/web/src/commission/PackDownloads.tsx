import { useState } from 'react';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { saveFile } from '../ui/save-file';
import { Button, Card, Notice } from '../ui/ui';

type Format = 'pdf' | 'xlsx';

/**
 * The committee pack of the dashboard's programme, on the dashboard's date: fetched through the
 * gateway with the session's token (reporting records who downloaded which pack), then saved.
 */
export function PackDownloads({ programmeId, asOf }: { programmeId: string; asOf: string | null }) {
  const { t } = useI18n();
  const session = useSession();
  const [state, setState] = useState<'loading' | 'done' | 'failed' | null>(null);
  const download = async (format: Format) => {
    setState('loading');
    try {
      const token = await session.accessToken();
      const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
      const response = await fetch(`/committee-packs/${encodeURIComponent(programmeId)}.${format}${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(`committee pack: ${response.status}`);
      saveFile(await response.blob(), `commission-de-suivi-${(asOf ?? 'aujourdhui').slice(0, 10)}.${format}`);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <Card title={t('commission.pack')}>
      <p>{t('commission.pack.intro')}</p>
      <div className="pack-buttons">
        <Button onClick={() => void download('pdf')} disabled={state === 'loading'}>
          {t('commission.pack.pdf')}
        </Button>
        <Button kind="quiet" onClick={() => void download('xlsx')} disabled={state === 'loading'}>
          {t('commission.pack.xlsx')}
        </Button>
      </div>
      {state === 'done' && <Notice>{t('commission.pack.done')}</Notice>}
      {state === 'failed' && (
        <p role="alert" className="failure">
          {t('commission.pack.failed')}
        </p>
      )}
    </Card>
  );
}
