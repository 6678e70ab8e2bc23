import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_SLA_POLICIES } from '@/lib/cases/sla-policy';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { consistencyIssues, settingsIssues } from '@/lib/settings-form/issues';
import { duplicateAt, moveItem } from '@/lib/settings-form/lists';
import { asSentence, plainMessage } from '@/lib/settings-form/plain-words';
import { placeOf } from '@/lib/settings-form/places';
import {
  describeMinutes,
  fromPercent,
  joinMinutes,
  numberFrom,
  splitMinutes,
  toPercent,
} from '@/lib/settings-form/units';

const messagesOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value, { error: plainMessage }).error?.issues.map((i) => i.message);

const withPolicy = (change: Partial<Settings['slaPolicies'][number]>, index = 0): Settings => ({
  ...DEFAULT_SETTINGS,
  slaPolicies: DEFAULT_SETTINGS.slaPolicies.map((p, i) => (i === index ? { ...p, ...change } : p)),
});

describe('plain words for zod issues', () => {
  it.each([
    [z.number().int().positive(), 0, 'Must be more than 0'],
    [z.number().int(), 1.5, 'Enter a whole number'],
    [z.number(), NaN, 'Enter a number'],
    [z.number().min(1), 0, 'Must be 1 or more'],
    [z.number().max(10), 11, 'Must be 10 or less'],
    [z.number().lt(1), 1, 'Must be less than 1'],
    [z.string().min(1), '', 'Fill this in'],
    [z.string().min(2), 'a', 'Use at least 2 characters'],
    [z.string().max(3), 'abcd', 'Use at most 3 characters'],
    [z.array(z.number()).min(1), [], 'Add at least 1 entry'],
    [z.array(z.number()).max(1), [1, 2], 'Keep at most 1 entry'],
    [z.enum(['a', 'b']), 'c', 'Choose one of the options'],
    [z.string(), 5, 'Fill this in'],
  ])('%#: %s', (schema, value, message) => {
    expect(messagesOf(schema, value)).toEqual([message]);
  });

  it('a message written in the schema wins, made a sentence', () => {
    expect(messagesOf(z.string().min(1, 'A step needs a label'), '')).toEqual([
      'A step needs a label',
    ]);
    expect(asSentence('a time like 09:00')).toBe('Needs a time like 09:00');
    expect(asSentence('A template needs a name')).toBe('A template needs a name');
    expect(asSentence('an IANA time zone')).toBe('Needs an IANA time zone');
    expect(asSentence('at least one open day')).toBe('Needs at least one open day');
    expect(asSentence('closing time must be after opening time')).toBe(
      'Closing time must be after opening time',
    );
  });
});

describe('settings issues, by field', () => {
  it('valid settings have none', () => {
    expect(settingsIssues(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('say where and what, in plain words', () => {
    const issues = settingsIssues(withPolicy({ name: ' ', firstResponseMinutes: 0 }));
    expect(issues).toEqual([
      { path: 'slaPolicies.0.name', place: 'SLA policy #1: name', message: 'Fill this in' },
      {
        path: 'slaPolicies.0.firstResponseMinutes',
        place: 'SLA policy #1: first response',
        message: 'Must be more than 0',
      },
    ]);
  });

  it('shares are spoken of as percentages', () => {
    const [issue] = settingsIssues(withPolicy({ atRiskShare: 1.5 }));
    expect(issue).toMatchObject({
      path: 'slaPolicies.0.atRiskShare',
      message: 'Enter a percentage above 0 and below 100',
    });
  });

  it('a day closing before it opens belongs to that day', () => {
    const direct = DEFAULT_SLA_POLICIES[1]!;
    if (direct.schedule.kind !== 'working-hours') throw new Error('fixture');
    const hours = direct.schedule.hours;
    const schedule = {
      kind: 'working-hours' as const,
      hours: { ...hours, week: { ...hours.week, 2: { open: '17:00', close: '09:00' } } },
    };
    expect(settingsIssues(withPolicy({ schedule }, 1))).toEqual([
      {
        path: 'slaPolicies.1.schedule.hours.week.2',
        place: 'SLA policy “Direct messages”: Tuesday hours',
        message: 'Closing time must be after opening time',
      },
    ]);
  });

  it('catch settings that would not work as meant', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      slaPolicies: [...DEFAULT_SETTINGS.slaPolicies, { ...DEFAULT_SLA_POLICIES[0]!, id: 'copy' }],
      priority: {
        ...DEFAULT_SETTINGS.priority,
        thresholds: { P1: 3, P2: 4, P3: 5 },
        severityWords: [
          { word: 'refund', points: 2 },
          { word: 'Refund ', points: 1 },
        ],
      },
      checklistTemplates: [
        ...DEFAULT_SETTINGS.checklistTemplates,
        { ...DEFAULT_SETTINGS.checklistTemplates[0]!, id: 'again', name: 'Again' },
      ],
    };
    expect(consistencyIssues(settings).map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'slaPolicies.2.kind',
        'Policy “Public posts” already covers these conversations; change the channel or kind',
      ],
      ['priority.thresholds.P2', 'Must not be above P1’s threshold (3)'],
      ['priority.thresholds.P3', 'Must not be above P2’s threshold (4)'],
      ['priority.severityWords.1.word', '“Refund” is already in the list'],
      [
        'checklistTemplates.1.channel',
        'Template “Social customer service” already applies to new cases on this channel',
      ],
    ]);
  });

  it('places name the policy, template, tier or word', () => {
    const place = (...path: (string | number)[]) => placeOf(path, DEFAULT_SETTINGS);
    expect(place('agents', 0)).toBe('Agents');
    expect(place('slaPolicies', 1, 'schedule', 'hours', 'timeZone')).toBe(
      'SLA policy “Direct messages”: time zone',
    );
    expect(place('slaPolicies', 1, 'schedule', 'hours', 'holidays', 2)).toBe(
      'SLA policy “Direct messages”: holiday 3',
    );
    expect(place('priority', 'followerTiers', 1, 'min')).toBe(
      'Priority: follower tier 2 (followers)',
    );
    expect(place('priority', 'thresholds', 'P2')).toBe('Priority: threshold P2');
    expect(place('priority', 'vipPoints')).toBe('Priority: points for a VIP');
    expect(place('checklistTemplates', 0, 'steps', 3, 'label')).toBe(
      'Checklist template “Social customer service”: step 4',
    );
  });
});

describe('units and lists of the settings form', () => {
  it('targets are hours and minutes; shares are percentages; empty is NaN', () => {
    expect(splitMinutes(90)).toEqual({ hours: 1, minutes: 30 });
    expect(joinMinutes(2, 15)).toBe(135);
    // Clearing one part keeps the other: an empty part counts as 0, both empty as nothing.
    expect(joinMinutes(NaN, 15)).toBe(15);
    expect(joinMinutes(2, NaN)).toBe(120);
    expect(joinMinutes(NaN, NaN)).toBeNaN();
    expect(describeMinutes(90)).toBe('1 h 30 min');
    expect(describeMinutes(45)).toBe('45 min');
    expect(describeMinutes(24 * 60)).toBe('24 h');
    expect(describeMinutes(NaN)).toBe('');
    expect(toPercent(0.75)).toBe(75);
    expect(toPercent(1 / 3)).toBe(33.3);
    expect(fromPercent(50)).toBe(0.5);
    expect(numberFrom('')).toBeNaN();
    expect(numberFrom(' 12 ')).toBe(12);
  });

  it('moves and duplicates items in place', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(duplicateAt(['a', 'b'], 0, (x) => `${x}2`)).toEqual(['a', 'a2', 'b']);
    expect(duplicateAt(['a'], 5, (x) => x)).toEqual(['a']);
  });
});
