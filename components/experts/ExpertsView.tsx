import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { EXPERT_LIST_LIMIT, listExperts, topicsOfExperts } from '@/lib/knowledge/experts';
import { indexExperts, searchIds } from '@/lib/knowledge/search-index';
import { ContactLinks } from '../knowledge/ContactLinks';
import { LibraryLayout } from '../knowledge/LibraryLayout';
import { ExpertForm } from './ExpertForm';

type Selected = { kind: 'none' } | { kind: 'new' } | { kind: 'expert'; id: string };

/** The directory of experts ("stars"): who knows what, and how to reach them. */
export function ExpertsView({ db }: { db: CasebookDatabase }) {
  const topicId = useId();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [topic, setTopic] = useState('');
  const [selected, setSelectedState] = useState<Selected>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const setSelected = (next: Selected, message: string | null = null) => {
    setSelectedState(next);
    setNotice(message);
  };
  // The directory is small by nature (people a desk calls on): indexed whole.
  const all = useLiveQuery(() => listExperts(db), [db]);
  const index = useMemo(() => indexExperts(all ?? []), [all]);
  const shown = useMemo(() => {
    if (!all) return undefined;
    const hits = deferredSearch.trim() ? searchIds(index, deferredSearch) : null;
    return all.filter((e) => (!topic || e.topics.includes(topic)) && (!hits || hits.has(e.id)));
  }, [all, index, deferredSearch, topic]);
  const topics = useMemo(() => topicsOfExperts(all ?? []), [all]);
  const current = selected.kind === 'expert' ? all?.find((e) => e.id === selected.id) : undefined;

  return (
    <LibraryLayout
      listLabel="Expert directory"
      actions={
        <button type="button" className="primary" onClick={() => setSelected({ kind: 'new' })}>
          New expert
        </button>
      }
      search={{
        label: 'Search experts',
        placeholder: 'Search name, role, topic, notes',
        value: search,
        onChange: setSearch,
      }}
      filters={
        <>
          <label htmlFor={topicId} className="visually-hidden">
            Filter by topic
          </label>
          <select id={topicId} value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </>
      }
      count={shown && all && { shown: shown.length, total: all.length }}
      loading="Loading experts…"
      empty={{
        testId: 'experts-empty',
        noMatch: 'No expert matches this search.',
        text: 'No experts yet. Add the people your desk calls on, with the topics they know: cases about those topics will suggest them.',
      }}
      footer={
        all?.length === EXPERT_LIST_LIMIT && (
          <p className="muted small">Showing the {EXPERT_LIST_LIMIT} most recently changed.</p>
        )
      }
      detailLabel="Expert"
      notice={notice}
      detail={
        selected.kind === 'new' ? (
          <ExpertForm
            key="new"
            expert={null}
            onSaved={(e) => setSelected({ kind: 'expert', id: e.id }, `Added ${e.name}.`)}
            onDeleted={() => setSelected({ kind: 'none' })}
          />
        ) : current ? (
          <>
            <ExpertForm
              key={current.id}
              expert={current}
              onSaved={(e) => setNotice(`Saved ${e.name}.`)}
              onDeleted={() => setSelected({ kind: 'none' }, `Deleted ${current.name}.`)}
            />
            {current.contacts.length > 0 && (
              <div className="stack" style={{ marginTop: 16 }}>
                <h3>Reach {current.name}</h3>
                <ContactLinks contacts={current.contacts} owner={current.name} />
              </div>
            )}
          </>
        ) : (
          <p className="empty">Choose an expert to see and edit them, or add a new one.</p>
        )
      }
    >
      <ul className="library-rows" aria-label="Experts">
        {shown?.map((expert) => (
          <li key={expert.id} className="library-row">
            <button
              type="button"
              className="library-open"
              aria-current={current?.id === expert.id}
              onClick={() => setSelected({ kind: 'expert', id: expert.id })}
            >
              <span className="title">{expert.name}</span>
              {expert.role && <span className="muted small">{expert.role}</span>}
              {expert.topics.length > 0 && (
                <span className="small">Topics: {expert.topics.join(', ')}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </LibraryLayout>
  );
}
