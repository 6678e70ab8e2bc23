import { useEffect, useState } from 'react';

/** The dashboard's views; each lives at #view=<id> (the cases view also at #case=…). */
export type DashboardView =
  | 'cases'
  | 'group'
  | 'experts'
  | 'knowledge'
  | 'replies'
  | 'customers'
  | 'followups'
  | 'testimonials'
  | 'analytics'
  | 'activity';
const KNOWN: readonly DashboardView[] = [
  'cases',
  'group',
  'experts',
  'knowledge',
  'replies',
  'customers',
  'followups',
  'testimonials',
  'analytics',
  'activity',
];

const read = (): DashboardView => {
  const view = new URLSearchParams(location.hash.slice(1)).get('view');
  return KNOWN.find((known) => known === view) ?? 'cases';
};

export function useHashView(): [DashboardView, (view: DashboardView) => void] {
  const [view, setView] = useState<DashboardView>(read);
  useEffect(() => {
    const onHash = () => setView(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = (next: DashboardView) => {
    location.hash = `view=${next}`;
    setView(next);
  };
  return [view, open];
}
