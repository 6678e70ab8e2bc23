import { useContext, useId } from 'react';
import type { SlaPolicy } from '@/lib/cases/sla-policy';
import { WEEKDAYS } from '@/lib/settings-form/places';
import { Field, FieldError, FieldErrors, fieldId, useFieldProps } from './fields';
import { HolidaysField } from './HolidaysField';

type Schedule = SlaPolicy['schedule'];
type WorkingHours = Extract<Schedule, { kind: 'working-hours' }>['hours'];
type Day = WorkingHours['week'][1];

const NINE_TO_FIVE = { open: '09:00', close: '17:00' };

/** Where a new working-hours schedule starts: Monday to Friday, 9 to 5, here. */
function defaultHours(): WorkingHours {
  const week = { 1: NINE_TO_FIVE, 2: NINE_TO_FIVE, 3: NINE_TO_FIVE, 4: NINE_TO_FIVE };
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    week: { ...week, 5: NINE_TO_FIVE, 6: null, 7: null },
    holidays: [],
  };
}

let zones: string[] | null = null;
/** Every IANA zone the browser knows, read once (about 400). */
const timeZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

/** 24/7, or working hours in a time zone with a week and holidays. */
export function ScheduleFields({
  path,
  schedule,
  onChange,
}: {
  path: string;
  schedule: Schedule;
  onChange: (schedule: Schedule) => void;
}) {
  const name = useId();
  const hoursPath = `${path}.hours`;
  return (
    <fieldset className="schedule">
      <legend>When the clock runs</legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={schedule.kind === 'always'}
          onChange={() => onChange({ kind: 'always' })}
        />{' '}
        Around the clock (24/7)
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={schedule.kind === 'working-hours'}
          onChange={() => onChange({ kind: 'working-hours', hours: defaultHours() })}
        />{' '}
        Working hours only
      </label>
      {schedule.kind === 'working-hours' && (
        <WorkingHoursFields
          path={hoursPath}
          hours={schedule.hours}
          onChange={(hours) => onChange({ kind: 'working-hours', hours })}
        />
      )}
    </fieldset>
  );
}

function WorkingHoursFields({
  path,
  hours,
  onChange,
}: {
  path: string;
  hours: WorkingHours;
  onChange: (hours: WorkingHours) => void;
}) {
  const zoneList = timeZones();
  const known = zoneList.includes(hours.timeZone);
  const setDay = (day: keyof WorkingHours['week'], value: Day) =>
    onChange({ ...hours, week: { ...hours.week, [day]: value } });
  return (
    <div className="stack">
      <Field path={`${path}.timeZone`} label="Time zone">
        <select
          {...useFieldProps(`${path}.timeZone`)}
          value={hours.timeZone}
          onChange={(event) => onChange({ ...hours, timeZone: event.target.value })}
        >
          {!known && <option value={hours.timeZone}>{hours.timeZone}</option>}
          {zoneList.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <table className="week" id={fieldId(`${path}.week`)} tabIndex={-1}>
        <caption className="visually-hidden">Opening hours by weekday</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Open</th>
            <th scope="col">Opens</th>
            <th scope="col">Closes</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map(([day, dayName]) => (
            <DayRow
              key={day}
              path={`${path}.week.${day}`}
              name={dayName}
              value={hours.week[day]}
              onChange={(value) => setDay(day, value)}
            />
          ))}
        </tbody>
      </table>
      <FieldError path={`${path}.week`} />
      <HolidaysField
        path={`${path}.holidays`}
        holidays={hours.holidays}
        onChange={(holidays) => onChange({ ...hours, holidays })}
      />
    </div>
  );
}

function DayRow({
  path,
  name,
  value,
  onChange,
}: {
  path: string;
  name: string;
  value: Day;
  onChange: (value: Day) => void;
}) {
  const errors = useContext(FieldErrors);
  const open = useFieldProps(`${path}.open`);
  const closeProblems = [`${path}.close`, path].filter((p) => errors.has(p));
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <input
          type="checkbox"
          id={fieldId(path)}
          aria-label={`Open on ${name}`}
          checked={value !== null}
          onChange={(event) => onChange(event.target.checked ? NINE_TO_FIVE : null)}
        />
      </td>
      {value ? (
        <>
          <td>
            <input
              type="time"
              {...open}
              aria-label={`${name} opens`}
              value={value.open}
              onChange={(event) => onChange({ ...value, open: event.target.value })}
            />
            <FieldError path={`${path}.open`} />
          </td>
          <td>
            <input
              type="time"
              id={fieldId(`${path}.close`)}
              aria-invalid={closeProblems.length ? true : undefined}
              aria-describedby={
                closeProblems.map((p) => `${fieldId(p)}-error`).join(' ') || undefined
              }
              aria-label={`${name} closes`}
              value={value.close}
              onChange={(event) => onChange({ ...value, close: event.target.value })}
            />
            <FieldError path={`${path}.close`} />
            <FieldError path={path} />
          </td>
        </>
      ) : (
        <td colSpan={2} className="muted">
          Closed
        </td>
      )}
    </tr>
  );
}
