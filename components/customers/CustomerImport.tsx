import { useId } from 'react';
import type { ImportField } from '@/lib/customers/csv-import';
import type { CustomerImportPlan } from '@/lib/customers/csv-plan';
import { CRM_SYSTEMS, type CrmSystem } from '@/lib/db/constants';
import type { CasebookDatabase } from '@/lib/db/database';
import { CRM_LABELS, formatMoney } from './format';
import { IMPORT_FIELDS } from './import-fields';
import { useCustomerImport, type CsvFile } from './useCustomerImport';
import { RowTable } from '../RowTable';
import { FilePicker, ImportProgress } from '../ImportParts';

/** Rows of each kind the preview lists; the counts cover all of them. */
const SAMPLE = 10;
const PROBLEMS_SHOWN = 200;
const n = (count: number) => count.toLocaleString();

/**
 * Customers from a CRM's CSV export: choose the file, check the column mapping, see what
 * the import will add, update and skip (with each bad row's line and reason), and only
 * then import, with progress. Importing the same file again updates instead of adding.
 */
export function CustomerImport({ db, onClose }: { db: CasebookDatabase; onClose: () => void }) {
  const id = useId();
  const { state, choose, setMapping, preview, remap, write, reset } = useCustomerImport(db);
  const busy = state.phase === 'reading' || state.phase === 'checking' || state.phase === 'writing';
  const toWrite = state.phase === 'preview' ? state.plan.add.length + state.plan.update.length : 0;

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import customers</h2>
      <p className="muted">
        A CSV exported from a CRM, with a header line. A row matching a customer by CRM record,
        email or handle updates that customer; nothing is written until you press Import.
      </p>
      <FilePicker
        id={`${id}-file`}
        label="CSV file to import"
        accept=".csv,.tsv,.txt,text/csv"
        disabled={busy}
        onChoose={(file) => void choose(file)}
      />

      {state.phase === 'reading' && <ImportProgress label={`Reading ${state.name}…`} />}
      {state.phase === 'checking' && <ImportProgress label={`Checking ${state.file.name}…`} />}
      {state.phase === 'refused' && (
        <div role="alert" className="error">
          <p>
            <strong>{state.name}</strong> was not imported. {state.error}
          </p>
        </div>
      )}
      {state.phase === 'mapping' && (
        <Mapping
          file={state.file}
          mapping={state.mapping}
          crmSystem={state.defaults.crmSystem ?? null}
          currency={state.defaults.currency ?? ''}
          onChange={(mapping, crmSystem, currency) =>
            setMapping(mapping, { crmSystem, currency: currency.trim().toUpperCase() || null })
          }
        />
      )}
      {(state.phase === 'preview' || state.phase === 'writing') && (
        <Preview plan={state.plan} name={state.file.name} />
      )}
      {state.phase === 'writing' && (
        <ImportProgress
          label={`Importing ${n(state.total)} customers… ${n(state.done)} written`}
          value={state.total ? state.done / state.total : undefined}
        />
      )}
      {state.phase === 'done' && (
        <div role="status" className="notice" data-testid="import-result">
          Imported {state.file.name}: {n(state.result.added)} added, {n(state.result.updated)}{' '}
          updated, {n(state.result.skipped)} skipped.
        </div>
      )}

      <div className="form-actions">
        {state.phase === 'mapping' && (
          <button type="button" className="primary" onClick={() => void preview()}>
            Preview
          </button>
        )}
        {state.phase === 'preview' && (
          <>
            <button
              type="button"
              className="primary"
              disabled={!toWrite}
              onClick={() => void write()}
            >
              {toWrite
                ? `Import ${n(toWrite)} customer${toWrite === 1 ? '' : 's'}`
                : 'Nothing to import'}
            </button>
            <button type="button" onClick={remap}>
              Change mapping
            </button>
          </>
        )}
        {(state.phase === 'mapping' ||
          state.phase === 'preview' ||
          state.phase === 'refused' ||
          state.phase === 'done') && (
          <button type="button" onClick={reset}>
            {state.phase === 'done' ? 'Import another file' : 'Choose another file'}
          </button>
        )}
        <button type="button" onClick={onClose} disabled={state.phase === 'writing'}>
          Close
        </button>
      </div>
    </section>
  );
}

function Mapping({
  file,
  mapping,
  crmSystem,
  currency,
  onChange,
}: {
  file: CsvFile;
  mapping: (ImportField | null)[];
  crmSystem: CrmSystem | null;
  currency: string;
  onChange: (
    mapping: (ImportField | null)[],
    crmSystem: CrmSystem | null,
    currency: string,
  ) => void;
}) {
  const id = useId();
  const first = file.rows[0];
  return (
    <div className="stack" role="group" aria-label="Column mapping">
      <p className="muted small">
        {file.name}: {n(file.rows.length + file.problems.length)} rows, read as {file.encoding}.
        Choose what each column holds.
      </p>
      <table className="import-table">
        <caption className="visually-hidden">Columns of the file and the field each fills</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First row</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {file.headers.map((header, index) => (
            <tr key={index}>
              <td>{header || `Column ${index + 1}`}</td>
              <td className="muted">{first?.cells[index] ?? ''}</td>
              <td>
                <select
                  aria-label={`Import column “${header || index + 1}” as`}
                  value={mapping[index] ?? ''}
                  onChange={(event) => {
                    const next = [...mapping];
                    next[index] = (event.target.value || null) as ImportField | null;
                    onChange(next, crmSystem, currency);
                  }}
                >
                  <option value="">Leave out</option>
                  {IMPORT_FIELDS.map(({ field, label }) => (
                    <option key={field} value={field}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-crm`}>CRM the file came from</label>
          <select
            id={`${id}-crm`}
            value={crmSystem ?? ''}
            onChange={(event) =>
              onChange(mapping, (event.target.value || null) as CrmSystem | null, currency)
            }
          >
            <option value="">Named in the file / none</option>
            {CRM_SYSTEMS.map((system) => (
              <option key={system} value={system}>
                {CRM_LABELS[system]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency of values</label>
          <input
            id={`${id}-currency`}
            value={currency}
            placeholder="EUR"
            maxLength={3}
            onChange={(event) => onChange(mapping, crmSystem, event.target.value)}
          />
        </div>
      </div>
    </div>
  );
}

function Preview({ plan, name }: { plan: CustomerImportPlan; name: string }) {
  const problems = plan.skipped;
  return (
    <div className="stack" role="region" aria-label={`What importing ${name} will do`}>
      <p className="import-summary" data-testid="customer-import-summary">
        <span>{n(plan.add.length)} to add</span>
        <span>{n(plan.update.length)} to update</span>
        <span>{n(plan.skipped.length)} skipped</span>
      </p>
      <p className="muted small">Nothing is written until you import.</p>
      {problems.length > 0 && (
        <RowTable
          caption="Rows skipped, and why"
          headers={['Line', 'Why']}
          rows={problems.slice(0, PROBLEMS_SHOWN).map((p) => [String(p.line), p.reason])}
        />
      )}
      {plan.warnings.length > 0 && (
        <RowTable
          caption="Rows imported in part"
          headers={['Line', 'Left out']}
          rows={plan.warnings.slice(0, PROBLEMS_SHOWN).map((p) => [String(p.line), p.reason])}
        />
      )}
      {plan.add.length > 0 && (
        <RowTable
          caption={`New customers (first ${Math.min(SAMPLE, plan.add.length)})`}
          headers={['Line', 'Name', 'Email', 'Company', 'Value']}
          rows={plan.add
            .slice(0, SAMPLE)
            .map((row) => [
              String(row.line),
              row.fields.name ?? '',
              row.fields.emails?.join(', ') ?? '',
              row.fields.company ?? '',
              row.fields.lifetimeValue ? formatMoney(row.fields.lifetimeValue) : '',
            ])}
        />
      )}
      {plan.update.length > 0 && (
        <RowTable
          caption={`Customers to update (first ${Math.min(SAMPLE, plan.update.length)})`}
          headers={['Line', 'Customer', 'Changes']}
          rows={plan.update
            .slice(0, SAMPLE)
            .map(({ row, existing, changes }) => [
              String(row.line),
              existing.name || existing.id,
              changes.map((c) => `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; '),
            ])}
        />
      )}
    </div>
  );
}
