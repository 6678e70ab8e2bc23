import { hotTopicLabel, type HotTopic } from '@/lib/cases/topics';

/** Today's rising topics as buttons or links that open their cases. */
export function HotTopics({
  topics,
  hrefFor,
  onOpen,
}: {
  topics: readonly HotTopic[];
  hrefFor?: (topic: string) => string;
  onOpen?: (topic: string) => void;
}) {
  if (!topics.length) return <p className="muted small">Nothing is rising today.</p>;
  return (
    <ul className="hot-topics" aria-label="Hot topics today">
      {topics.map((t) => (
        <li key={t.topic}>
          {hrefFor ? (
            <a className="hot-topic" href={hrefFor(t.topic)} target="_blank" rel="noreferrer">
              {hotTopicLabel(t)}
            </a>
          ) : (
            <button type="button" className="hot-topic" onClick={() => onOpen?.(t.topic)}>
              {hotTopicLabel(t)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
