import { useLiveQuery } from 'dexie-react-hooks';
import { readHotTopics } from '@/lib/cases/topic-store';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case } from '@/lib/db/schema';
import { caseKnowledge } from '@/lib/knowledge/case-knowledge';
import { CaseKnowledgePanel } from './CaseKnowledge';

/** The dashboard's case: its experts and knowledge, and suggestions, read live. */
export function CaseKnowledgeSection({ db, record }: { db: CasebookDatabase; record: Case }) {
  const knowledge = useLiveQuery(
    async () => caseKnowledge(db, record, await readHotTopics(db, Date.now())),
    [db, record],
  );
  return (
    <div className="stack">
      <h3>Experts and knowledge</h3>
      {knowledge ? (
        <CaseKnowledgePanel caseId={record.id} knowledge={knowledge} />
      ) : (
        <p className="muted">Looking for experts and knowledge…</p>
      )}
    </div>
  );
}
