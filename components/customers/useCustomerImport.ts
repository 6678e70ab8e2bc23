import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  decodeCsv,
  parseCustomerCsv,
  suggestMapping,
  type CsvRow,
  type ImportField,
} from '@/lib/customers/csv-import';
import { previewCustomerImport, type CustomerImportResult } from '@/lib/customers/csv-import-store';
import type { CustomerImportPlan } from '@/lib/customers/csv-plan';
import { readRows, type ImportDefaults, type RowProblem } from '@/lib/customers/csv-rows';
import { isImportProgress } from '@/lib/customers/import-progress';
import type { CasebookDatabase } from '@/lib/db/database';
import { newId } from '@/lib/ids';
import { request } from '@/lib/messages/client';

/** Bigger files are refused before reading (an import holds at most 50,000 rows). */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export interface CsvFile {
  name: string;
  encoding: string;
  headers: string[];
  rows: CsvRow[];
  /** Rows the CSV reader could not use (a stray comma…), by line. */
  problems: RowProblem[];
}

export type CustomerImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'mapping'; file: CsvFile; mapping: (ImportField | null)[]; defaults: ImportDefaults }
  | { phase: 'checking'; file: CsvFile }
  | {
      phase: 'preview';
      file: CsvFile;
      mapping: (ImportField | null)[];
      defaults: ImportDefaults;
      plan: CustomerImportPlan;
    }
  | { phase: 'writing'; file: CsvFile; plan: CustomerImportPlan; done: number; total: number }
  | { phase: 'done'; file: CsvFile; result: CustomerImportResult }
  | { phase: 'refused'; name: string; error: string };

/** Lets the browser paint the progress before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const message = (error: unknown, fallback: string) =>
  error instanceof Error ? error.message : fallback;

/**
 * A customer import, step by step: read the file, map its columns (suggested from the
 * headers), preview what it will do (read from the database, nothing written), and only
 * then send the rows to the background, which writes them all or none and reports its
 * progress.
 */
export function useCustomerImport(db: CasebookDatabase) {
  const [state, setState] = useState<CustomerImportState>({ phase: 'idle' });
  const importId = useRef<string | null>(null);

  useEffect(() => {
    const onMessage = (incoming: unknown) => {
      const id = importId.current;
      if (!id || !isImportProgress(incoming, id)) return;
      setState((now) =>
        now.phase === 'writing' ? { ...now, done: incoming.done, total: incoming.total } : now,
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const choose = async (file: File) => {
    const name = file.name;
    if (file.size > MAX_CSV_BYTES) {
      setState({
        phase: 'refused',
        name,
        error: 'The file is larger than 50 MB. Split it and import the parts.',
      });
      return;
    }
    try {
      setState({ phase: 'reading', name });
      const { text, encoding } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      await nextFrame();
      const parsed = parseCustomerCsv(text);
      if (!parsed.ok) {
        setState({ phase: 'refused', name, error: parsed.error });
        return;
      }
      setState({
        phase: 'mapping',
        file: {
          name,
          encoding,
          headers: parsed.headers,
          rows: parsed.rows,
          problems: parsed.problems,
        },
        mapping: suggestMapping(parsed.headers),
        defaults: { crmSystem: null, currency: null },
      });
    } catch (error) {
      setState({ phase: 'refused', name, error: message(error, 'The file could not be read.') });
    }
  };

  const setMapping = (mapping: (ImportField | null)[], defaults: ImportDefaults) =>
    setState((now) => (now.phase === 'mapping' ? { ...now, mapping, defaults } : now));

  const preview = async () => {
    if (state.phase !== 'mapping') return;
    const { file, mapping, defaults } = state;
    setState({ phase: 'checking', file });
    try {
      await nextFrame();
      const read = readRows(file.rows, mapping, defaults);
      const plan = await previewCustomerImport(db, read.rows, [...file.problems, ...read.problems]);
      setState({ phase: 'preview', file, mapping, defaults, plan });
    } catch (error) {
      setState({
        phase: 'refused',
        name: file.name,
        error: message(error, 'The file could not be checked.'),
      });
    }
  };

  /** Back from the preview to the mapping, keeping the choices. */
  const remap = () =>
    setState((now) =>
      now.phase === 'preview'
        ? { phase: 'mapping', file: now.file, mapping: now.mapping, defaults: now.defaults }
        : now,
    );

  const write = async () => {
    if (state.phase !== 'preview') return;
    const { file, plan } = state;
    const rows = [...plan.add, ...plan.update.map((u) => u.row)];
    importId.current = newId();
    setState({ phase: 'writing', file, plan, done: 0, total: rows.length });
    try {
      const result = await request('customers.import', { rows, importId: importId.current });
      // Rows skipped in the preview were never sent: the result counts them as it did.
      const skipped = plan.skipped.length + result.skipped;
      setState({ phase: 'done', file, result: { ...result, skipped } });
    } catch (error) {
      setState({
        phase: 'refused',
        name: file.name,
        error: `Nothing was imported: ${message(error, 'the import failed.')}`,
      });
    } finally {
      importId.current = null;
    }
  };

  return {
    state,
    choose,
    setMapping,
    preview,
    remap,
    write,
    reset: () => setState({ phase: 'idle' }),
  };
}
