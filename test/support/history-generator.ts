import type { Platform } from '@/lib/db/constants';
import type { Case, CasebookEvent } from '@/lib/db/schema';
import { generateCases, random } from './case-generator';

/**
 * A desk's history for the analytics tests and bench: cases and the events they made
 * (captured, first reply, resolved, follow-ups, testimonials), arriving in a weekly
 * pattern (busy weekday office hours, quiet nights and weekends) over `days` days
 * before `end`. Seeded, so every run builds the same desk.
 */
export interface HistoryOptions {
  cases: number;
  days: number;
  end: number;
  seed?: number;
}

export const AGENTS = ['ana', 'ben', 'cleo', 'dev'] as const;
const CHANNELS: [Platform, number][] = [
  ['x', 0.5],
  ['facebook', 0.25],
  ['instagram', 0.1],
  ['linkedin', 0.05],
  ['reddit', 0.05],
  ['youtube', 0.05],
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Relative arrivals per hour of a UTC week: 4× in weekday hours 9–17, 1× otherwise. */
export const weeklyWeight = (at: number) => {
  const date = new Date(at);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
  const office = date.getUTCHours() >= 9 && date.getUTCHours() < 17;
  return !weekend && office ? 4 : 1;
};

/** Arrival times following the weekly pattern: hours drawn by weight, minutes at random. */
function arrivals(count: number, start: number, end: number, rand: () => number): number[] {
  const hours: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let at = start; at < end; at += HOUR) {
    total += weeklyWeight(at);
    hours.push(at);
    cumulative.push(total);
  }
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    times.push(hours[low]! + Math.floor(rand() * HOUR));
  }
  return times.sort((a, b) => a - b);
}

export function generateHistory(options: HistoryOptions): {
  cases: Case[];
  events: CasebookEvent[];
} {
  const rand = random(options.seed ?? 11);
  const start = options.end - options.days * DAY;
  const times = arrivals(options.cases, start, options.end, rand);
  const templates = generateCases(options.cases, options.seed ?? 11, start);
  const events: CasebookEvent[] = [];
  let eventNo = 0;
  const event = (
    at: number,
    by: string,
    type: CasebookEvent['type'],
    caseId: string,
    data: CasebookEvent['data'],
  ) =>
    events.push({
      id: `00000000-0000-7000-9000-${(eventNo++).toString(16).padStart(12, '0')}`,
      at,
      by,
      type,
      caseId,
      data,
    });
  const pickChannel = () => {
    let r = rand();
    for (const [channel, share] of CHANNELS) if ((r -= share) < 0) return channel;
    return 'x' as Platform;
  };

  const cases = templates.map((template, i) => {
    const createdAt = times[i]!;
    const agent = AGENTS[Math.floor(rand() * AGENTS.length)]!;
    const channel = pickChannel();
    event(createdAt, agent, 'case.created', template.id, { channel });
    const replyAt = createdAt + Math.floor((5 + rand() * rand() * 180) * 60_000);
    const replied = rand() < 0.92 && replyAt < options.end;
    if (replied) event(replyAt, agent, 'case.reply', template.id, { first: true, what: 'replied' });
    const resolvedAt = createdAt + Math.floor((1 + rand() * 40) * HOUR);
    const resolved = replied && rand() < 0.9 && resolvedAt < options.end;
    if (resolved)
      event(resolvedAt, agent, 'case.status', template.id, { from: 'open', to: 'resolved' });
    if (rand() < 0.15) {
      const dueAt = createdAt + DAY;
      const doneAt = dueAt + Math.floor((rand() - 0.7) * 6 * HOUR);
      if (doneAt < options.end)
        event(doneAt, agent, rand() < 0.1 ? 'followup.missed' : 'followup.done', template.id, {
          followUpId: `f-${i}`,
        });
    }
    if (rand() < 0.03)
      event(createdAt + HOUR, agent, 'testimonial.saved', template.id, { testimonialId: `t-${i}` });
    const status = resolved ? 'resolved' : replied ? 'open' : 'new';
    return {
      ...template,
      createdAt,
      updatedAt: resolved ? resolvedAt : replied ? replyAt : createdAt,
      channel,
      status,
      firstResponseAt: replied ? replyAt : null,
      awaitingSince: replied ? null : createdAt,
      assignee: agent,
      history: [
        { at: createdAt, by: agent, type: 'created' as const, from: null, to: 'new' },
        ...(resolved
          ? [{ at: resolvedAt, by: agent, type: 'status' as const, from: 'open', to: 'resolved' }]
          : []),
      ],
    } satisfies Case;
  });
  events.sort((a, b) => a.at - b.at);
  return { cases, events };
}
