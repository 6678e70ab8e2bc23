import type { CaseSummary } from '@/lib/cases/sidebar-view';
import { CaseLinks } from './CaseLinks';

/** A titled list of cases, or a line saying there are none. */
export function CaseGroup({
  title,
  cases,
  empty,
}: {
  title: string;
  cases: CaseSummary[];
  empty: string;
}) {
  return (
    <section className="stack" aria-label={title}>
      <h2>{title}</h2>
      {cases.length ? <CaseLinks cases={cases} label={title} /> : <p className="muted">{empty}</p>}
    </section>
  );
}
