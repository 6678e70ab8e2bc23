import { useState } from 'react';
import { FieldError, fieldId } from './fields';

const dayName = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Fri, 25 Dec 2026" for "2026-12-25" (the date as written, whatever the zone). */
const readable = (date: string) => {
  const at = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(at) ? date : dayName.format(at);
};

/** Days the desk is closed: a sorted list of dates, added one at a time. */
export function HolidaysField({
  path,
  holidays,
  onChange,
}: {
  path: string;
  holidays: readonly string[];
  onChange: (holidays: string[]) => void;
}) {
  const inputId = fieldId(path);
  const [date, setDate] = useState('');
  const add = () => {
    if (!date) return;
    onChange([...new Set([...holidays, date])].sort());
    setDate('');
  };
  return (
    <div className="field holidays">
      <span className="field-label">Holidays (the clock stands still all day)</span>
      {holidays.length ? (
        <ul className="chips">
          {holidays.map((day, index) => (
            <li key={day}>
              <span id={fieldId(`${path}.${index}`)} tabIndex={-1}>
                {readable(day)}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove holiday ${readable(day)}`}
                onClick={() => onChange(holidays.filter((d) => d !== day))}
              >
                ×
              </button>
              <FieldError path={`${path}.${index}`} />
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted small">No holidays.</span>
      )}
      <span className="inline">
        <label htmlFor={inputId} className="visually-hidden">
          Holiday date
        </label>
        <input
          id={inputId}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault(); // Enter adds the date instead of saving the form
            add();
          }}
        />
        <button type="button" onClick={add} disabled={!date}>
          Add holiday
        </button>
      </span>
      <FieldError path={path} />
    </div>
  );
}
