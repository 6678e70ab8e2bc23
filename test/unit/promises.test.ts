import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '@/lib/cases/business-time';
import {
  findPromises,
  MAX_PROMISES,
  type FoundPromise,
  type PromiseSettings,
} from '@/lib/followups/promises';
import {
  CORPUS_NOW,
  CORPUS_ZONE,
  PROMISE_CORPUS,
  type ExpectedDue,
  type Weekday,
} from '../support/promise-sets/corpus';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** A labelled due time within this of the found one counts as right. */
const TOLERANCE_MS = 60 * 60_000;

function expectedAt(due: ExpectedDue, now: Date, zone: string): number {
  const local = DateTime.fromJSDate(now, { zone });
  if ('weekday' in due) {
    const target = WEEKDAYS.indexOf(due.weekday) + 1;
    let day = local.set({ hour: due.hour, minute: due.minute ?? 0, second: 0, millisecond: 0 });
    while (day.weekday !== target || day <= local) {
      day = day.plus({ days: 1 });
    }
    return day.toMillis();
  }
  if ('day' in due) {
    return local
      .plus({ days: due.day })
      .set({ hour: due.hour, minute: due.minute ?? 0, second: 0, millisecond: 0 })
      .toMillis();
  }
  return local
    .plus({ days: due.days ?? 0 })
    .plus({ hours: due.hours ?? 0, minutes: due.minutes ?? 0 })
    .toMillis();
}

describe('promise corpus', () => {
  const runs = PROMISE_CORPUS.map((entry) => ({
    entry,
    found: findPromises(entry.text, CORPUS_NOW, { timeZone: CORPUS_ZONE }),
  }));

  it('finds promises with precision ≥ 0.95 and recall ≥ 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const { entry, found } of runs) {
      const predicted = found.length > 0;
      if (predicted && entry.promise) tp++;
      else if (predicted) {
        fp++;
        wrong.push(
          `false promise: ${JSON.stringify(entry.text)} → ${found.map((f) => f.phrase).join(' | ')}`,
        );
      } else if (entry.promise) {
        fn++;
        wrong.push(`missed: ${JSON.stringify(entry.text)}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `promise corpus: ${runs.length} texts, ${tp + fn} promises — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n${wrong.join('\n')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('sets the labelled due times right (≥ 0.90 within an hour)', () => {
    const labelled = runs.filter(({ entry }) => entry.promise && entry.due);
    const wrong: string[] = [];
    let right = 0;
    for (const { entry, found } of labelled) {
      const expected = expectedAt(entry.due as ExpectedDue, CORPUS_NOW, CORPUS_ZONE);
      const first: FoundPromise | undefined = found[0];
      if (first && Math.abs(first.dueAt.getTime() - expected) <= TOLERANCE_MS) right++;
      else
        wrong.push(
          `${JSON.stringify(entry.text)}: expected ${new Date(expected).toISOString()}, got ${first?.dueAt.toISOString() ?? 'nothing'} (cue ${first?.cue ?? 'none'})`,
        );
    }
    const accuracy = right / labelled.length;
    console.log(
      `due times: ${right}/${labelled.length} within an hour (${accuracy.toFixed(3)})\n${wrong.join('\n')}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('separates the promises of a text that makes several', () => {
    const counted = runs.filter(({ entry }) => entry.count);
    for (const { entry, found } of counted)
      expect(found, entry.text).toHaveLength(entry.count ?? 1);
  });
});

const HOUR = 3_600_000;
const WEEKDAYS_9_TO_5 = { open: '09:00', close: '17:00' };
const berlinOffice: Schedule = {
  kind: 'working-hours',
  hours: {
    timeZone: 'Europe/Berlin',
    week: {
      1: WEEKDAYS_9_TO_5,
      2: WEEKDAYS_9_TO_5,
      3: WEEKDAYS_9_TO_5,
      4: WEEKDAYS_9_TO_5,
      5: WEEKDAYS_9_TO_5,
      6: null,
      7: null,
    },
    holidays: [],
  },
};

/** A wall time in a zone, as a Date. */
const wall = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const only = (text: string, now: Date, settings: PromiseSettings = {}) => {
  const found = findPromises(text, now, { timeZone: 'UTC', ...settings });
  expect(found, text).toHaveLength(1);
  return found[0] as FoundPromise;
};

describe('time cues', () => {
  // Wednesday 11 March 2026, 10:00 UTC.
  const now = new Date('2026-03-11T10:00:00Z');
  it.each([
    ["We'll reply within 3 hours.", '2026-03-11T13:00:00Z', 'within 3 hours'],
    ['will dm u w/in 2hrs', '2026-03-11T12:00:00Z', 'w/in 2hrs'],
    ["I'll call you back in 15 mins", '2026-03-11T10:15:00Z', 'in 15 mins'],
    ["We'll have an answer by Friday.", '2026-03-13T17:00:00Z', 'Friday'],
    ["You'll hear from us tmrw morning", '2026-03-12T12:00:00Z', 'tmrw morning'],
    ["We'll follow up in a couple of weeks.", '2026-03-25T10:00:00Z', 'in a couple of weeks'],
    ['Our team will reach out within 2 business days.', '2026-03-13T10:00:00Z', null],
    ["I'll update you by EOD.", '2026-03-11T17:00:00Z', 'EOD'],
    ["I'll ping you by COB.", '2026-03-11T17:00:00Z', 'COB'],
    ["We'll fix it by the end of the day.", '2026-03-11T17:00:00Z', null],
    ["We'll get this done today.", '2026-03-11T17:00:00Z', 'today'],
    ["We'll report back by end of week.", '2026-03-13T17:00:00Z', 'end of week'],
    ["I'll DM you shortly.", '2026-03-11T12:00:00Z', 'shortly'],
    ["We'll sort it asap!", '2026-03-11T14:00:00Z', 'asap'],
    ["We'll be in touch soon.", '2026-03-12T10:00:00Z', 'soon'],
    ["I'm going to escalate this right away.", '2026-03-11T11:00:00Z', 'right away'],
    ["I'll call you at 3pm today.", '2026-03-11T15:00:00Z', null],
    ["We'll call you at 5pm EST.", '2026-03-11T22:00:00Z', null],
    ['A specialist will call you tomorrow between 9 and 11.', '2026-03-12T11:00:00Z', null],
    [
      'Wir melden uns innerhalb von 24 Stunden.',
      '2026-03-12T10:00:00Z',
      'innerhalb von 24 Stunden',
    ],
    ['Ich melde mich bis Freitag.', '2026-03-13T17:00:00Z', 'Freitag'],
  ])('%s → %s', (text, due, cue) => {
    const found = only(text, now);
    expect(found.dueAt.toISOString()).toBe(new Date(due).toISOString());
    expect(found.defaulted).toBe(false);
    if (cue) expect(found.cue).toBe(cue);
  });

  it('reads EOD said after the end of the day as the next one', () => {
    const late = new Date('2026-03-11T18:30:00Z');
    expect(only("I'll update you by EOD.", late).dueAt.toISOString()).toBe(
      '2026-03-12T17:00:00.000Z',
    );
  });

  it('reads "end of week" on a Saturday as next Friday', () => {
    const saturday = new Date('2026-03-14T10:00:00Z');
    expect(only("We'll report back by end of week.", saturday).dueAt.toISOString()).toBe(
      '2026-03-20T17:00:00.000Z',
    );
  });

  it('uses the end of day from the settings', () => {
    expect(
      only("We'll have an answer by Friday.", now, { endOfDay: '18:30' }).dueAt.toISOString(),
    ).toBe('2026-03-13T18:30:00.000Z');
  });
});

describe('the default window', () => {
  const now = new Date('2026-03-11T10:00:00Z');
  it('falls due 24 hours later without time words', () => {
    const found = only("I'll look into it.", now);
    expect(found).toMatchObject({ defaulted: true, cue: null });
    expect(found.dueAt.getTime()).toBe(now.getTime() + 24 * HOUR);
  });
  it('follows the setting', () => {
    const found = only("I'll look into it.", now, { defaultWindowMinutes: 90 });
    expect(found.dueAt.getTime()).toBe(now.getTime() + 1.5 * HOUR);
  });
  it('replaces time words already past', () => {
    const found = only("We'll look into why it failed yesterday.", now);
    expect(found.defaulted).toBe(true);
    expect(found.dueAt.getTime()).toBe(now.getTime() + 24 * HOUR);
  });
});

describe('business hours', () => {
  const zone = 'Europe/Berlin';
  // Friday 13 March 2026, 16:00 in Berlin: one working hour left this week.
  const friday = wall('2026-03-13T16:00', zone);
  const inHours = { businessHours: berlinOffice, useBusinessHours: true, timeZone: zone };

  it('counts a span in working time across the weekend', () => {
    expect(only("We'll reply within 4 hours.", friday, inHours).dueAt).toEqual(
      wall('2026-03-16T12:00', zone),
    );
  });
  it('counts the default window in working time', () => {
    // 1 h on Friday, 8 h on Monday, 8 h on Tuesday, 7 h on Wednesday.
    expect(only("I'll look into it.", friday, inHours).dueAt).toEqual(
      wall('2026-03-18T16:00', zone),
    );
  });
  it('moves a due time outside hours to the next opening', () => {
    expect(only("We'll ship it by Saturday.", friday, inHours).dueAt).toEqual(
      wall('2026-03-16T09:00', zone),
    );
  });
  it('keeps a due time at the closing minute', () => {
    expect(only("I'll update you by EOD.", friday, inHours).dueAt).toEqual(
      wall('2026-03-13T17:00', zone),
    );
  });
  it('skips closed days and holidays for business days', () => {
    const withHoliday: Schedule = {
      ...berlinOffice,
      hours: { ...berlinOffice.hours, holidays: ['2026-03-16'] },
    };
    const due = only('We will refund you within 2 business days.', friday, {
      ...inHours,
      businessHours: withHoliday,
    }).dueAt;
    expect(due).toEqual(wall('2026-03-18T16:00', zone));
  });
  it('ignores the schedule unless the setting says so', () => {
    const found = only("We'll reply within 4 hours.", friday, {
      businessHours: berlinOffice,
      useBusinessHours: false,
    });
    expect(found.dueAt).toEqual(wall('2026-03-13T20:00', zone));
  });
  it('takes the desk zone from the business hours', () => {
    const found = only("We'll answer tomorrow.", friday, {
      businessHours: berlinOffice,
      timeZone: undefined,
    });
    expect(found.dueAt).toEqual(wall('2026-03-14T17:00', zone));
  });
  it('counts working time across the EU clock change', () => {
    // Friday 27 March, 16:00 CET; the clocks go forward on Sunday 29 March.
    const found = only("We'll reply within 2 hours.", wall('2026-03-27T16:00', zone), inHours);
    expect(found.dueAt.toISOString()).toBe('2026-03-30T08:00:00.000Z'); // Monday 10:00 CEST
  });
});

describe('time zones', () => {
  // 02:00 UTC on Thursday 12 March is still Wednesday evening in New York.
  const now = new Date('2026-03-12T02:00:00Z');
  it('reads "tomorrow" in Berlin', () => {
    expect(only("We'll answer tomorrow.", now, { timeZone: 'Europe/Berlin' }).dueAt).toEqual(
      wall('2026-03-13T17:00', 'Europe/Berlin'),
    );
  });
  it('reads "tomorrow" in New York', () => {
    expect(only("We'll answer tomorrow.", now, { timeZone: 'America/New_York' }).dueAt).toEqual(
      wall('2026-03-12T17:00', 'America/New_York'),
    );
  });
  it('reads "by 9am" in each zone', () => {
    expect(only("I'll call you by 9am.", now, { timeZone: 'Europe/Berlin' }).dueAt).toEqual(
      wall('2026-03-12T09:00', 'Europe/Berlin'),
    );
    expect(only("I'll call you by 9am.", now, { timeZone: 'America/New_York' }).dueAt).toEqual(
      wall('2026-03-12T09:00', 'America/New_York'),
    );
  });
  it('falls back to UTC for an unknown zone', () => {
    expect(only("We'll answer tomorrow.", now, { timeZone: 'Mars/Olympus' }).dueAt).toEqual(
      new Date('2026-03-13T17:00:00Z'),
    );
  });
});

describe('daylight saving time', () => {
  it('EU spring forward (29 March 2026)', () => {
    const berlin = { timeZone: 'Europe/Berlin' };
    const now = wall('2026-03-28T12:00', 'Europe/Berlin'); // Saturday, CET
    expect(only("We'll answer tomorrow.", now, berlin).dueAt.toISOString()).toBe(
      '2026-03-29T15:00:00.000Z', // 17:00 CEST
    );
    expect(only("We'll answer within 2 days.", now, berlin).dueAt.toISOString()).toBe(
      '2026-03-30T10:00:00.000Z', // Monday 12:00 CEST: calendar days keep the wall time
    );
    expect(only("We'll answer within 24 hours.", now, berlin).dueAt.toISOString()).toBe(
      '2026-03-29T11:00:00.000Z', // 24 hours elapsed: 13:00 CEST
    );
  });
  it('EU fall back (25 October 2026)', () => {
    const berlin = { timeZone: 'Europe/Berlin' };
    const now = wall('2026-10-24T12:00', 'Europe/Berlin'); // Saturday, CEST
    expect(only("We'll answer tomorrow.", now, berlin).dueAt.toISOString()).toBe(
      '2026-10-25T16:00:00.000Z', // 17:00 CET
    );
    expect(only("We'll answer within 24 hours.", now, berlin).dueAt.toISOString()).toBe(
      '2026-10-25T10:00:00.000Z', // 11:00 CET
    );
  });
  it('US spring forward (8 March 2026)', () => {
    const ny = { timeZone: 'America/New_York' };
    const now = wall('2026-03-07T12:00', 'America/New_York'); // Saturday, EST
    expect(only("We'll call you tomorrow morning.", now, ny).dueAt.toISOString()).toBe(
      '2026-03-08T16:00:00.000Z', // 12:00 EDT
    );
    expect(only("We'll call you in 2 days.", now, ny).dueAt.toISOString()).toBe(
      '2026-03-09T16:00:00.000Z', // Monday 12:00 EDT
    );
    expect(only("We'll call you within 24 hours.", now, ny).dueAt.toISOString()).toBe(
      '2026-03-08T17:00:00.000Z', // 13:00 EDT
    );
  });
});

describe('what is and is not a promise', () => {
  const now = new Date('2026-03-11T10:00:00Z');
  const none = (text: string) => expect(findPromises(text, now), text).toEqual([]);

  it('returns one promise per commitment, sorted, with offsets into the original text', () => {
    const text =
      "Hi Ana! I'll check today. We will call you by Friday, and our team will email you in 2 hours 🙏";
    const found = findPromises(text, now, { timeZone: 'UTC' });
    expect(found.map((p) => p.phrase)).toEqual([
      "I'll check today",
      'We will call you by Friday',
      'our team will email you in 2 hours',
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.phrase);
    expect(found.map((p) => p.dueAt.toISOString())).toEqual([
      '2026-03-11T17:00:00.000Z',
      '2026-03-13T17:00:00.000Z',
      '2026-03-11T12:00:00.000Z',
    ]);
  });

  it('marks a promise that waits on the customer as conditional', () => {
    const found = only("If you DM us your order number, we'll look into it today.", now);
    expect(found).toMatchObject({ conditional: true, cue: 'today' });
    expect(only("We'll look into it today.", now).conditional).toBe(false);
  });

  it('ignores availability, the past, questions, refusals, slogans and quotes', () => {
    none('24/7 support, DM us anytime');
    none('We replied within 24h yesterday.');
    none('Did you get our reply?');
    none('You promised me a call back!');
    none('you said you would call me');
    none("We said we'd call yesterday, sorry.");
    none('I promised to send the invoice, here it is.');
    none('Will you DM us your order number');
    none('Can we call you tomorrow?');
    none("We won't be able to refund this.");
    none('We will not be able to help.');
    none('We will always put customers first.');
    none('> We’ll get back to you within 24 hours');
    none('Your agent wrote "we will call you tomorrow" and never did.');
    none("Let me know if there's anything else!");
  });
});

describe('hostile input', () => {
  const now = new Date('2026-03-11T10:00:00Z');
  it('reads only the start of a 1 MB text, quickly', () => {
    const filler = 'x'.repeat(1_000_000);
    const started = Date.now();
    expect(findPromises(`We'll DM you shortly. ${filler}`, now)).toHaveLength(1);
    expect(findPromises(`${filler} We'll DM you shortly.`, now)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('caps the number of promises', () => {
    const found = findPromises("We'll call you tomorrow. ".repeat(5000), now);
    expect(found).toHaveLength(MAX_PROMISES);
  });
  it('sees through zero-width and right-to-left characters, pointing at the original', () => {
    const text = '\u202BWe\u200B’ll\u2060 DM you shortly 🙏🏽\u202C';
    const found = only(text, now);
    expect(found.cue).toBe('shortly');
    expect(text.slice(found.start, found.end)).toBe(found.phrase);
    expect(found.phrase).toBe('We\u200B’ll\u2060 DM you shortly');
  });
  it('never throws', () => {
    const strange = [
      '',
      '\uD800\uDFFF\uD800',
      '🙏'.repeat(3000),
      '"'.repeat(4000),
      "'".repeat(4000),
      '>'.repeat(5000),
      '.'.repeat(5000),
      'will '.repeat(1000),
      "we'll ".repeat(1000) + 'tomorrow',
      '\u0000\u0001 we\u0000ll call',
    ];
    for (const text of strange) expect(() => findPromises(text, now)).not.toThrow();
    expect(findPromises("We'll call you.", new Date(NaN))).toEqual([]);
    expect(findPromises(null as unknown as string, now)).toEqual([]);
  });
});

describe('softer promises', () => {
  const now = new Date('2026-03-11T10:00:00Z');
  it.each([
    ["I'm flagging this and we should have an answer for you by Thursday.", '2026-03-12T17:00:00Z'],
    ["We're on it! Updates to follow in this thread.", '2026-03-12T10:00:00Z'],
    ['You should receive an email from us within the next hour.', '2026-03-11T11:00:00Z'],
    ['Update coming this afternoon 🙏', '2026-03-11T17:00:00Z'],
  ])('%s', (text, due) => {
    expect(only(text, now).dueAt).toEqual(new Date(due));
  });
  it.each([
    'We should have caught this earlier, sorry.',
    'You should update the app first.',
    'No news on our side yet, sorry.',
  ])('not: %s', (text) => {
    expect(findPromises(text, now)).toEqual([]);
  });
});

describe('forms learned from the held-out sets', () => {
  const now = new Date('2026-03-11T10:00:00Z');
  it.each([
    // A day named with the end of the day: that day's end, not today's.
    ["I'll have it sorted by end of day tomorrow.", '2026-03-12T17:00:00Z'],
    ['We will email the invoice by COB Friday.', '2026-03-13T17:00:00Z'],
    // A day of the month: this month while ahead, else next month's.
    ["I'll call you on the 16th.", '2026-03-16T17:00:00Z'],
    ["I'll call you on the 2nd.", '2026-04-02T17:00:00Z'],
    ["I'll send it by the 31st of this month.", '2026-03-31T17:00:00Z'],
    // A desk's bare hour is in working hours.
    ['on it, back w/ update by 3', '2026-03-11T15:00:00Z'],
    ['will revert by tmr am', '2026-03-12T12:00:00Z'],
    ['someone will reach out in 3 biz days', '2026-03-16T10:00:00Z'],
    ["I'll make sure it goes through by fridy.", '2026-03-13T17:00:00Z'],
    // Our acts in the passive, and "please allow N for our reply".
    ['A refund will be issued within 48 hrs.', '2026-03-13T10:00:00Z'],
    ['Your replacement handset will be dispatched tomorrow', '2026-03-12T17:00:00Z'],
    ['Please allow 24 hours for our team to respond.', '2026-03-12T10:00:00Z'],
    ['Kindly allow 48hrs for us to look into this further.', '2026-03-13T10:00:00Z'],
    // Hedged commitments.
    ['We hope to have this sorted by Friday 🤞', '2026-03-13T17:00:00Z'],
    ['Should have an update for you by Fri 🙂', '2026-03-13T17:00:00Z'],
    ['Let me see what I can do and circle back this afternoon.', '2026-03-11T17:00:00Z'],
  ])('%s → %s', (text, due) => {
    expect(only(text, now).dueAt).toEqual(new Date(due));
  });

  it('a past day mentioned is not a deadline', () => {
    const found = only("I'll look into the charges from Monday and get back to you.", now);
    expect(found.defaulted).toBe(true);
  });

  it('two acts with their own times are two promises; a preparing act is one with the next', () => {
    const two = findPromises("I'll refund the fee today and send a replacement by Friday.", now);
    expect(two.map((p) => p.dueAt.toISOString())).toEqual([
      '2026-03-11T17:00:00.000Z',
      '2026-03-13T17:00:00.000Z',
    ]);
    const one = findPromises("Let me check with the warehouse and I'll reply in an hour.", now);
    expect(one).toHaveLength(1);
    expect(one[0]!.dueAt.toISOString()).toBe('2026-03-11T11:00:00.000Z');
  });

  it.each([
    "If it happens again, let us know and we'll take a look.",
    "Sign up today and you'll get 10% off your first order!",
    'We aim to respond to all messages within 24 hours.',
    "I'll be out of office until Monday.",
    "We'll miss you! Thanks for being a customer.",
    "Fine, I'll just cancel my contract then.",
    'Please allow 5–7 days for the refund to show on your statement.',
    'Your parcel will be delivered by the courier tomorrow.',
  ])('not: %s', (text) => {
    expect(findPromises(text, now)).toEqual([]);
  });
});
