import { describe, expect, it } from 'vitest';
import { taskMemo } from '../../lib/sites/task-memo';

describe('taskMemo', () => {
  it('answers each key once per task, and afresh in the next one', async () => {
    const calls: object[] = [];
    let answer = 1;
    const memo = taskMemo((key: object) => {
      calls.push(key);
      return answer;
    });
    const a = {};
    const b = {};
    expect([memo(a), memo(a), memo(b), memo(a)]).toEqual([1, 1, 1, 1]);
    expect(calls).toEqual([a, b]);
    answer = 2;
    expect(memo(a)).toBe(1); // still this task: the memo's answer
    await Promise.resolve();
    expect(memo(a)).toBe(2); // a later task asks again
    expect(calls).toEqual([a, b, a]);
  });

  it('remembers null and false answers too', () => {
    let calls = 0;
    const memo = taskMemo((_key: object) => {
      calls++;
      return null;
    });
    const key = {};
    memo(key);
    memo(key);
    expect(calls).toBe(1);
  });
});
