import { useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { importReport, planImport, type ImportPlan } from '@/lib/knowledge/import/plan';
import type { ImportUnit } from '@/lib/knowledge/import/rows';
import { articlesMatching, type ImportResult } from '@/lib/knowledge/import/write';
import { request } from '@/lib/messages/client';
import {
  formatOf,
  MAX_IMPORT_BYTES,
  parseImport,
  readFileText,
  type ImportFormat,
} from './read-file';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string; loaded: number; total: number }
  | { phase: 'checking'; name: string }
  | { phase: 'preview'; name: string; format: ImportFormat; unit: ImportUnit; plan: ImportPlan }
  | { phase: 'writing'; name: string; count: number; plan: ImportPlan; unit: ImportUnit }
  | { phase: 'done'; name: string; result: ImportResult }
  | { phase: 'refused'; name: string; error: string };

/** Lets the browser paint (the progress bar) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An import, step by step: read the file (with progress), parse and check it, show what
 * it will do, and only then write it, in one request (one transaction in the background).
 */
export function useImport(db: CasebookDatabase) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const choose = async (file: File) => {
    const name = file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        phase: 'refused',
        name,
        error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts.`,
      });
      return;
    }
    try {
      setState({ phase: 'reading', name, loaded: 0, total: file.size });
      const text = await readFileText(file, (loaded, total) =>
        setState({ phase: 'reading', name, loaded, total }),
      );
      setState({ phase: 'checking', name });
      await nextFrame();
      const format = formatOf(name, text);
      const parsed = parseImport(format, text);
      if (!parsed.ok) {
        setState({ phase: 'refused', name, error: parsed.error });
        return;
      }
      const plan = planImport(
        parsed.rows,
        parsed.problems,
        await articlesMatching(db, parsed.rows),
        parsed.unit,
      );
      setState({ phase: 'preview', name, format, unit: parsed.unit, plan });
    } catch (error) {
      setState({
        phase: 'refused',
        name,
        error: error instanceof Error ? error.message : 'The file could not be read.',
      });
    }
  };

  const write = async () => {
    if (state.phase !== 'preview') return;
    const rows = [...state.plan.add, ...state.plan.update.map((u) => u.row)];
    const { name, plan, unit } = state;
    setState({ phase: 'writing', name, count: rows.length, plan, unit });
    try {
      const written = await request('articles.import', { rows });
      // The preview's skips were never sent: the report counts them, as the preview did.
      setState({ phase: 'done', name, result: importReport(plan, written) });
    } catch (error) {
      setState({
        phase: 'refused',
        name,
        error: `Nothing was imported: ${error instanceof Error ? error.message : 'the import failed.'}`,
      });
    }
  };

  return { state, choose, write, reset: () => setState({ phase: 'idle' }) };
}
