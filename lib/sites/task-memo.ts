/**
 * Answers about an element kept until the end of the current task. The post watcher asks
 * an adapter several questions about each item in one task (its items, its id, where its
 * buttons go), and several of them share an expensive step (walking the item's links,
 * climbing to its story). No page script runs until the task ends, and Casebook's own
 * changes in it (adding buttons) add no links, stories or comments, so an answer cannot go
 * stale before the memo is dropped; the next task, after the page's next change, asks afresh.
 */
export function taskMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let answers = new Map<K, V>();
  let dropScheduled = false;
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const value = compute(key);
    answers.set(key, value);
    if (!dropScheduled) {
      dropScheduled = true;
      queueMicrotask(() => {
        answers = new Map();
        dropScheduled = false;
      });
    }
    return value;
  };
}
