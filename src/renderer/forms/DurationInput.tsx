import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDuration } from '../../domain/durations';
import { formatDuration } from '../../i18n/durations';

interface DurationInputProps {
  id: string;
  value: unknown;
  readOnly: boolean;
  required: boolean;
  describedBy?: string;
  onChange: (hours: number | null) => void;
}

/** "4 uur", "2 dagen", "30 minuten": how a stored number of hours reads in the interface's language. */
export function useDurationText(): (hours: number) => string {
  const { t, i18n } = useTranslation();
  return (hours) => formatDuration(hours, t, i18n.language);
}

/**
 * A duration field (RTO, RPO, SLA) that reads what people type ("4u", "halve dag", "2 dagen"),
 * says how it read it, and refuses nonsense at the field while keeping what was typed.
 */
export function DurationInput({ id, value, readOnly, required, describedBy, onChange }: DurationInputProps) {
  const { t } = useTranslation();
  const durationText = useDurationText();
  const stored = typeof value === 'number' ? value : null;
  // What is being typed; null while the field shows the stored value as it reads.
  const [typed, setTyped] = useState<string | null>(null);
  // A half-typed "halve" is not refused yet: the message waits until the field is left.
  const [left, setLeft] = useState(false);
  // What the field last read, still said once it is left: the line does not vanish under the pointer
  // on its way to the next field (a click whose press and release land on different lines is lost).
  const [lastRead, setLastRead] = useState<number | null>(null);
  const reading = typed === null ? null : parseDuration(typed);
  const readHours = reading?.ok ? reading.hours : typed === null ? lastRead : null;
  const problem = left && reading && !reading.ok ? reading.problem : null;
  const messageId = `${id}-reading`;
  return (
    <>
      <input
        id={id}
        type="text"
        autoComplete="off"
        disabled={readOnly}
        aria-required={required || undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={
          [describedBy, typed !== null || readHours !== null ? messageId : ''].filter(Boolean).join(' ') || undefined
        }
        value={typed ?? (stored === null ? '' : durationText(stored))}
        onChange={(event) => {
          setLastRead(null);
          setTyped(event.target.value);
          const read = parseDuration(event.target.value);
          if (read.ok) onChange(read.hours);
        }}
        onBlur={() => {
          if (reading && !reading.ok) setLeft(true);
          else {
            setLastRead(reading?.ok ? reading.hours : null);
            setTyped(null);
            setLeft(false);
          }
        }}
      />
      {problem ? (
        <span id={messageId} className="field-error" role="alert">
          {t(problem === 'too-long' ? 'common.duration.tooLong' : 'common.duration.unreadable')}
        </span>
      ) : (
        readHours !== null && (
          <span id={messageId} className="field-hint" aria-live="polite">
            {t('common.duration.readAs', { duration: durationText(readHours) })}
          </span>
        )
      )}
    </>
  );
}
