import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { MessageKind } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr';
import { Button, Card, Failure, Loading, Notice } from '../ui/ui';

const PREFERENCES = graphql(`
  query CandidateNotificationPreferences {
    notificationPreferences {
      mutedEmail
      mutedInApp
      quietHours {
        start
        end
      }
    }
  }
`);

const SAVE = graphql(`
  mutation CandidateSetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      mutedEmail
      mutedInApp
      quietHours {
        start
        end
      }
    }
  }
`);

/** The messages a person may choose not to get by email; appointments' changes always go. */
const OPTIONAL: MessageKind[] = [
  'SESSION_REMINDER',
  'RESULTS_RELEASED',
  'JOB_LEADS_DIGEST',
  'APPLICATION_FOLLOW_UP',
];

/** Which optional messages also come by email. */
export function Preferences() {
  const { data, loading, error, refetch } = useQuery(PREFERENCES, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  return (
    <PreferencesForm
      key={data.notificationPreferences.mutedEmail.join()}
      saved={data.notificationPreferences}
    />
  );
}

type Saved = {
  mutedEmail: MessageKind[];
  mutedInApp: MessageKind[];
  quietHours?: { start: string; end: string } | null;
};

function PreferencesForm({ saved }: { saved: Saved }) {
  const { t, errorText } = useI18n();
  const [muted, setMuted] = useState(() => new Set(saved.mutedEmail));
  const [save, saving] = useMutation(SAVE);
  const [state, setState] = useState<{ done: boolean; problem: string | null }>({
    done: false,
    problem: null,
  });
  const send = async () => {
    setState({ done: false, problem: null });
    try {
      await save({
        variables: {
          input: {
            mutedEmail: [...muted],
            mutedInApp: saved.mutedInApp,
            quietHours: saved.quietHours
              ? { start: saved.quietHours.start, end: saved.quietHours.end }
              : null,
          },
        },
      });
      setState({ done: true, problem: null });
    } catch (failure) {
      setState({ done: false, problem: errorText(failure) });
    }
  };
  return (
    <Card title={t('candidate.prefs.title')}>
      <fieldset className="choice">
        <legend>{t('candidate.prefs.email')}</legend>
        <div className="options">
          {OPTIONAL.map((kind) => (
            <label key={kind} className="option">
              <input
                type="checkbox"
                checked={!muted.has(kind)}
                onChange={(event) => {
                  const next = new Set(muted);
                  if (event.target.checked) next.delete(kind);
                  else next.add(kind);
                  setMuted(next);
                  setState({ done: false, problem: null });
                }}
              />
              {t(`candidate.prefs.kind.${kind}` as MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="muted">{t('candidate.prefs.essential')}</p>
      <Button onClick={() => void send()} disabled={saving.loading}>
        {t('candidate.prefs.save')}
      </Button>
      {state.done && <Notice>{t('candidate.prefs.saved')}</Notice>}
      {state.problem && (
        <p role="alert" className="failure">
          {state.problem}
        </p>
      )}
    </Card>
  );
}
