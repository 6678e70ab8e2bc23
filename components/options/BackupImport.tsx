import { useId, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { BackupPreview, PlanTable } from './BackupPreview';
import { BackupProgress } from './BackupProgress';
import { useBackupImport, type ImportState } from './useBackupImport';

const STEPS = {
  reading: 'Reading the file',
  checking: 'Checking every record',
  comparing: 'Comparing with what is here',
  writing: 'Importing',
} as const;

function Progress({ state, onStop }: { state: ImportState; onStop: () => void }) {
  if (!(state.phase in STEPS) || !('done' in state)) return null;
  const phase = state.phase as keyof typeof STEPS;
  return (
    <div className="stack">
      <BackupProgress
        label="Import progress"
        step={STEPS[phase]}
        done={state.done}
        total={state.total}
        unit={phase === 'reading' ? 'bytes' : 'records'}
      />
      <div className="section-actions">
        <button type="button" onClick={onStop}>
          {phase === 'writing' ? 'Stop (import nothing)' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}

/**
 * Import: choose a file; every record is checked and compared with what is here, and the
 * preview says what will be added, updated and skipped. Only "Import" writes, and then all
 * of it or nothing. Every refusal is an alert that says what is wrong with the file.
 */
export function BackupImport({ db }: { db: CasebookDatabase }) {
  const inputId = useId();
  const { state, choose, confirm, cancel } = useBackupImport(db);
  // A new key empties the file input, so the same file can be chosen again after Cancel.
  const [inputKey, setInputKey] = useState(0);
  const busy = state.phase in STEPS;
  const reset = () => {
    cancel();
    setInputKey((k) => k + 1);
  };

  return (
    <div className="card" role="group" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Import a backup</h3>
      <p className="muted small">
        Choose a file made by Export. Casebook checks all of it first and shows what it will add,
        update and skip; nothing is written until you confirm.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Backup file to import</label>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={busy || state.phase === 'preview'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void choose(file);
          }}
        />
      </div>
      <Progress state={state} onStop={state.phase === 'writing' ? cancel : reset} />
      {state.phase === 'preview' ? (
        <BackupPreview
          name={state.name}
          backup={state.backup}
          plan={state.plan}
          onImport={() => void confirm()}
          onCancel={reset}
        />
      ) : null}
      {state.phase === 'done' ? (
        <div className="stack">
          <p role="status">Imported “{state.name}”. Everything in it is now here.</p>
          <PlanTable plan={state.result} caption="What the import did, per table" done />
        </div>
      ) : null}
      {state.phase === 'refused' ? (
        <div role="alert" className="problems">
          <p>
            <strong>“{state.name}” was not imported.</strong> {state.message}
          </p>
        </div>
      ) : null}
    </div>
  );
}
