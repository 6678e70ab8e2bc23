import { PLATFORM_LABELS, PLATFORMS, PRIORITIES } from '@/lib/db/constants';
import type { RuleConditions, TimeWindow } from '@/lib/routing/rule-schema';
import { WEEKDAYS } from '@/lib/settings-form/places';
import { numberFrom } from '@/lib/settings-form/units';
import { FieldError, useFieldProps } from '../fields';
import { CommaListInput } from './CommaListInput';

type Customer = NonNullable<RuleConditions['customer']>;

/** Ticked items in the order of `all`; none ticked → undefined (the condition is left out). */
function toggled<T extends string>(
  all: readonly T[],
  list: readonly T[] | undefined,
  item: T,
  on: boolean,
) {
  const next = all.filter((x) => (x === item ? on : (list ?? []).includes(x)));
  return next.length ? next : undefined;
}

/** Leaves out a customer condition with nothing in it (the schema refuses an empty one). */
function customerOf(customer: Customer): Customer | undefined {
  const lifetimeValue =
    customer.lifetimeValue &&
    (customer.lifetimeValue.atLeast !== undefined || customer.lifetimeValue.atMost !== undefined)
      ? customer.lifetimeValue
      : undefined;
  const next = { ...customer, lifetimeValue };
  if (next.vip === undefined) delete next.vip;
  if (!next.lifetimeValue) delete next.lifetimeValue;
  if (!next.segments) delete next.segments;
  return Object.keys(next).length ? next : undefined;
}

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** A rule's conditions; every one left empty matches any case. */
export function ConditionFields(props: {
  path: string;
  /** "Rule 1 'VIP billing'": names the controls, as several rules are on the page. */
  label: string;
  conditions: RuleConditions;
  onChange: (conditions: RuleConditions) => void;
}) {
  const { path, label, conditions: c } = props;
  const set = <F extends keyof RuleConditions>(field: F, value: RuleConditions[F]) => {
    const next = { ...c, [field]: value };
    if (value === undefined) delete next[field];
    props.onChange(next);
  };
  const customer = c.customer ?? {};
  const setCustomer = (patch: Partial<Customer>) =>
    set('customer', customerOf({ ...customer, ...patch }));
  const bound = (which: 'atLeast' | 'atMost', text: string) => {
    const amount = text.trim() === '' ? undefined : numberFrom(text);
    setCustomer({ lifetimeValue: { ...customer.lifetimeValue, [which]: amount } });
  };
  const ltvPath = `${path}.customer.lifetimeValue`;
  return (
    <fieldset>
      <legend>Conditions (all must hold; empty ones match any case)</legend>
      <fieldset id={useFieldProps(`${path}.channels`).id} tabIndex={-1}>
        <legend>{label}: channels</legend>
        {PLATFORMS.map((platform) => (
          <label key={platform} className="inline">
            <input
              type="checkbox"
              checked={c.channels?.includes(platform) ?? false}
              onChange={(e) =>
                set('channels', toggled(PLATFORMS, c.channels, platform, e.target.checked))
              }
            />{' '}
            {PLATFORM_LABELS[platform]}
          </label>
        ))}
      </fieldset>
      <ListField
        path={`${path}.topics`}
        label={`${label}: topics`}
        value={c.topics}
        onChange={(v) => set('topics', v)}
      />
      <ListField
        path={`${path}.languages`}
        label={`${label}: languages`}
        value={c.languages}
        onChange={(v) => set('languages', v)}
      />
      <ListField
        path={`${path}.keywords`}
        label={`${label}: keywords`}
        value={c.keywords}
        onChange={(v) => set('keywords', v)}
      />
      <div className="field">
        <label>
          {label}: VIP customer{' '}
          <select
            {...useFieldProps(`${path}.customer`)}
            value={customer.vip === undefined ? 'any' : customer.vip ? 'yes' : 'no'}
            onChange={(e) =>
              setCustomer({ vip: e.target.value === 'any' ? undefined : e.target.value === 'yes' })
            }
          >
            <option value="any">Any</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </label>
        <FieldError path={`${path}.customer`} />
      </div>
      <div className="field">
        <span>Lifetime value (inclusive)</span>
        <span className="muted small">at least</span>
        <input
          type="number"
          min={0}
          {...useFieldProps(`${ltvPath}.atLeast`)}
          aria-label={`${label}: lifetime value at least`}
          value={customer.lifetimeValue?.atLeast ?? ''}
          onChange={(e) => bound('atLeast', e.target.value)}
        />
        <span className="muted small">at most</span>
        <input
          type="number"
          min={0}
          {...useFieldProps(`${ltvPath}.atMost`)}
          aria-label={`${label}: lifetime value at most`}
          value={customer.lifetimeValue?.atMost ?? ''}
          onChange={(e) => bound('atMost', e.target.value)}
        />
        <FieldError path={ltvPath} />
        <FieldError path={`${ltvPath}.atLeast`} />
        <FieldError path={`${ltvPath}.atMost`} />
      </div>
      <ListField
        path={`${path}.customer.segments`}
        label={`${label}: customer segments`}
        value={customer.segments}
        onChange={(segments) => setCustomer({ segments })}
      />
      <fieldset id={useFieldProps(`${path}.priorities`).id} tabIndex={-1}>
        <legend>{label}: priorities</legend>
        {PRIORITIES.map((priority) => (
          <label key={priority} className="inline">
            <input
              type="checkbox"
              checked={c.priorities?.includes(priority) ?? false}
              onChange={(e) =>
                set('priorities', toggled(PRIORITIES, c.priorities, priority, e.target.checked))
              }
            />{' '}
            {priority}
          </label>
        ))}
      </fieldset>
      <label className="inline">
        <input
          type="checkbox"
          checked={c.timeWindow !== undefined}
          onChange={(e) =>
            set(
              'timeWindow',
              e.target.checked
                ? {
                    start: '09:00',
                    end: '17:00',
                    days: [1, 2, 3, 4, 5],
                    timeZone: localZone(),
                    clock: 'captured',
                  }
                : undefined,
            )
          }
        />{' '}
        {label}: only at certain times
      </label>
      {c.timeWindow && (
        <TimeWindowFields
          path={`${path}.timeWindow`}
          label={label}
          window={c.timeWindow}
          onChange={(w) => set('timeWindow', w)}
        />
      )}
    </fieldset>
  );
}

function ListField(props: {
  path: string;
  label: string;
  value: string[] | undefined;
  onChange: (value: string[] | undefined) => void;
}) {
  return (
    <div className="field">
      {/* Visible name above, the rule's full name for screen readers on the input. */}
      <span aria-hidden="true">{capitalised(props.label.split(': ').pop() ?? '')}</span>
      <CommaListInput {...props} />
      <span className="muted small">Separated by commas; empty: any</span>
      <FieldError path={props.path} />
    </div>
  );
}

function TimeWindowFields(props: {
  path: string;
  label: string;
  window: TimeWindow;
  onChange: (window: TimeWindow) => void;
}) {
  const { path, label, window: w } = props;
  return (
    <div className="field">
      <input
        type="time"
        {...useFieldProps(`${path}.start`)}
        aria-label={`${label}: from`}
        value={w.start}
        onChange={(e) => props.onChange({ ...w, start: e.target.value })}
      />
      <input
        type="text"
        {...useFieldProps(`${path}.end`)}
        aria-label={`${label}: until`}
        placeholder="17:30 or 24:00"
        value={w.end}
        onChange={(e) => props.onChange({ ...w, end: e.target.value })}
      />
      <FieldError path={`${path}.start`} />
      <FieldError path={`${path}.end`} />
      <fieldset id={useFieldProps(`${path}.days`).id} tabIndex={-1}>
        <legend>{label}: days</legend>
        {WEEKDAYS.map(([day, name]) => (
          <label key={day} className="inline">
            <input
              type="checkbox"
              checked={w.days.includes(day)}
              onChange={(e) =>
                props.onChange({
                  ...w,
                  days: e.target.checked
                    ? [...w.days, day].sort((a, b) => a - b)
                    : w.days.filter((d) => d !== day),
                })
              }
            />{' '}
            {name}
          </label>
        ))}
        <FieldError path={`${path}.days`} />
      </fieldset>
      <input
        type="text"
        {...useFieldProps(`${path}.timeZone`)}
        aria-label={`${label}: time zone`}
        value={w.timeZone}
        onChange={(e) => props.onChange({ ...w, timeZone: e.target.value })}
      />
      <FieldError path={`${path}.timeZone`} />
      <span className="muted small">
        Windows crossing midnight (22:00 to 06:00) belong to the day they start on.
      </span>
    </div>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
