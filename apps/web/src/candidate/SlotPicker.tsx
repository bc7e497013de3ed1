import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from './gql';
import type { SessionKind, SessionMode } from './gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Failure, Loading } from '../ui/ui';
import { parisFormats } from './paris';

const FREE_SLOTS = graphql(`
  query CandidateFreeSlots($input: AvailabilityInput!) {
    availableSlots(input: $input) {
      startsAt
      endsAt
      coachId
    }
  }
`);

/** How far ahead a person may pick a slot themself. */
const DAYS_AHEAD = 21;
/** Days offered at once: a short list reads better on a phone than a calendar. */
const DAYS_SHOWN = 6;

/**
 * The coach's free slots, a day then a time, each a radio button (arrow keys move between them).
 * `onPick` gets the chosen start, or null when the choice is cleared.
 */
export function SlotPicker({
  id,
  coachId,
  kind,
  mode,
  now,
  picked,
  onPick,
}: {
  id: string;
  coachId: string;
  kind: SessionKind;
  mode: SessionMode;
  now: Date;
  picked: string | null;
  onPick: (startsAt: string | null) => void;
}) {
  const { t, language } = useI18n();
  const format = parisFormats(language);
  const [from] = useState(() => now.toISOString());
  const [to] = useState(() => new Date(now.getTime() + DAYS_AHEAD * 86_400_000).toISOString());
  const { data, loading, error, refetch } = useQuery(FREE_SLOTS, {
    variables: { input: { coachId, kind, mode, from, to } },
    fetchPolicy: 'network-only',
  });
  const [day, setDay] = useState<string | null>(null);
  if (loading) return <Loading />;
  if (error || !data) return <Failure retry={() => void refetch()} />;
  const byDay = new Map<string, string[]>();
  for (const slot of data.availableSlots) {
    const key = format.dayKey(slot.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), slot.startsAt]);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, DAYS_SHOWN)
    .map(([key, times]) => ({ key, label: format.day(times[0] ?? key), times }));
  const chosen = days.find((entry) => entry.key === day) ?? days[0];
  if (!chosen) return <p>{t('candidate.slots.none')}</p>;
  return (
    <div className="slot-picker">
      <fieldset className="choice">
        <legend>{t('candidate.slots.day')}</legend>
        <div className="chips">
          {days.map(({ key, label }) => (
            <label key={key} className="chip">
              <input
                type="radio"
                name={`${id}-day`}
                value={key}
                checked={key === chosen.key}
                onChange={() => {
                  setDay(key);
                  onPick(null);
                }}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice">
        <legend>{t('candidate.slots.time', { day: chosen.label })}</legend>
        {(['morning', 'afternoon'] as const).map((part) => {
          const times = chosen.times.filter(
            (startsAt) => format.hour(startsAt) < 12 === (part === 'morning'),
          );
          if (!times.length) return null;
          return (
            <div key={part}>
              <p className="muted part">{t(`candidate.slots.${part}`)}</p>
              <div className="chips times">
                {times.map((startsAt) => (
                  <label key={startsAt} className="chip">
                    <input
                      type="radio"
                      name={`${id}-time`}
                      value={startsAt}
                      checked={picked === startsAt}
                      onChange={() => onPick(startsAt)}
                    />
                    <span>{format.time(startsAt)}</span>
                  </label>
                ))}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
