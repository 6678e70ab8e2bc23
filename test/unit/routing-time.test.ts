import { describe, expect, it } from 'vitest';
import { routeCase } from '@/lib/routing/route';
import type { RoutingRulesInput } from '@/lib/routing/rule-schema';
import { caseFacts, desk, oneRule } from '../support/routing';

type Window = NonNullable<RoutingRulesInput['rules'][number]['conditions']>['timeWindow'];

const utc = (iso: string) => Date.parse(`${iso}Z`);
/** Whether the rule with this window fires for a post captured at `iso` (UTC). */
const fires = (timeWindow: Window, iso: string) =>
  routeCase(caseFacts({ capturedAt: utc(iso) }), oneRule({ timeWindow }), desk()).assignee ===
  'Ana';

describe('time windows on the desk clock', () => {
  const newYorkDay = { start: '09:00', end: '17:00', timeZone: 'America/New_York' };

  it('follows New York across its spring-forward day (2026-03-08)', () => {
    // Saturday 7 March is EST (UTC−5): 09:00 local is 14:00Z.
    expect(fires(newYorkDay, '2026-03-07T13:30')).toBe(false); // 08:30
    expect(fires(newYorkDay, '2026-03-07T14:30')).toBe(true); // 09:30
    // From Sunday 8 March it is EDT (UTC−4): 09:00 local is 13:00Z.
    expect(fires(newYorkDay, '2026-03-08T13:00')).toBe(true); // 09:00
    expect(fires(newYorkDay, '2026-03-09T12:30')).toBe(false); // 08:30
    expect(fires(newYorkDay, '2026-03-09T20:59')).toBe(true); // 16:59
    expect(fires(newYorkDay, '2026-03-09T21:00')).toBe(false); // 17:00, the end is not in
  });

  it('on the spring-forward day the skipped hour never matches', () => {
    const lostHour = { start: '02:00', end: '03:00', timeZone: 'America/New_York' };
    expect(fires(lostHour, '2026-03-07T07:30')).toBe(true); // Saturday 02:30 EST
    expect(fires(lostHour, '2026-03-08T06:59')).toBe(false); // 01:59 EST
    expect(fires(lostHour, '2026-03-08T07:00')).toBe(false); // 03:00 EDT, right after
  });

  it('on the fall-back day the repeated hour matches twice (2026-11-01)', () => {
    const repeated = { start: '01:00', end: '02:00', timeZone: 'America/New_York' };
    expect(fires(repeated, '2026-11-01T05:30')).toBe(true); // 01:30 EDT
    expect(fires(repeated, '2026-11-01T06:30')).toBe(true); // 01:30 EST
    expect(fires(repeated, '2026-11-01T07:30')).toBe(false); // 02:30 EST
  });

  it('follows Berlin across its spring-forward day (2026-03-29)', () => {
    const morning = { start: '08:00', end: '12:00', timeZone: 'Europe/Berlin' };
    expect(fires(morning, '2026-03-28T06:30')).toBe(false); // 07:30 CET (UTC+1)
    expect(fires(morning, '2026-03-28T07:30')).toBe(true); // 08:30 CET
    expect(fires(morning, '2026-03-29T06:30')).toBe(true); // 08:30 CEST (UTC+2)
    expect(fires(morning, '2026-03-29T10:30')).toBe(false); // 12:30 CEST
  });

  it('reads one moment on each zone’s own clock', () => {
    // Monday 16 March: New York already on EDT, Berlin still on CET, five hours apart.
    const at = '2026-03-16T13:30';
    expect(fires({ ...newYorkDay, start: '09:00', end: '10:00' }, at)).toBe(true); // 09:30
    expect(fires({ start: '09:00', end: '10:00', timeZone: 'Europe/Berlin' }, at)).toBe(false); // 14:30
    expect(fires({ start: '14:00', end: '15:00', timeZone: 'Europe/Berlin' }, at)).toBe(true);
  });

  it('a window across midnight belongs to the day it starts on', () => {
    // Friday nights in Berlin (CEST in June, UTC+2); 2026-06-05 is a Friday.
    const fridayNight = { start: '22:00', end: '06:00', days: [5], timeZone: 'Europe/Berlin' };
    expect(fires(fridayNight, '2026-06-05T20:30')).toBe(true); // Fri 22:30
    expect(fires(fridayNight, '2026-06-06T01:00')).toBe(true); // Sat 03:00, Friday's night
    expect(fires(fridayNight, '2026-06-06T03:59')).toBe(true); // Sat 05:59
    expect(fires(fridayNight, '2026-06-06T04:00')).toBe(false); // Sat 06:00
    expect(fires(fridayNight, '2026-06-05T01:00')).toBe(false); // Fri 03:00, Thursday's night
    expect(fires(fridayNight, '2026-06-06T20:30')).toBe(false); // Sat 22:30
    expect(fires(fridayNight, '2026-06-05T12:00')).toBe(false); // Fri 14:00
  });

  it('a Sunday night runs into Monday morning', () => {
    const sundayNight = { start: '23:00', end: '02:00', days: [7], timeZone: 'UTC' };
    expect(fires(sundayNight, '2026-06-08T01:00')).toBe(true); // Mon 01:00
    expect(fires(sundayNight, '2026-06-09T01:00')).toBe(false); // Tue 01:00
  });

  it('24:00 ends the window at midnight', () => {
    const evening = { start: '18:00', end: '24:00', timeZone: 'UTC' };
    expect(fires(evening, '2026-06-03T23:59')).toBe(true);
    expect(fires(evening, '2026-06-04T00:00')).toBe(false);
  });

  it('tests the capture time by default, the routing time when asked', () => {
    const window = { start: '09:00', end: '17:00', timeZone: 'UTC' };
    const facts = caseFacts({ capturedAt: utc('2026-06-03T08:00') });
    const context = desk({ now: utc('2026-06-03T10:00') });
    const captured = routeCase(facts, oneRule({ timeWindow: window }), context);
    expect(captured.assignee).toBe('Ben');
    expect(captured.explanation[0]?.text).toBe(
      "Rule 1 'Only rule': skipped — captured Wed 08:00 in UTC, outside 09:00–17:00",
    );
    const routed = routeCase(
      facts,
      oneRule({ timeWindow: { ...window, clock: 'routed' } }),
      context,
    );
    expect(routed.assignee).toBe('Ana');
    expect(routed.explanation[0]?.text).toBe(
      "Rule 1 'Only rule': fired — routed Wed 10:00 in UTC, within 09:00–17:00 → Ana",
    );
  });

  it('a moment that is not one never matches and does not throw', () => {
    const decision = routeCase(
      caseFacts({ capturedAt: Number.NaN }),
      oneRule({ timeWindow: { start: '00:00', end: '24:00', timeZone: 'UTC' } }),
      desk(),
    );
    expect(decision.assignee).toBe('Ben');
    expect(decision.explanation[0]?.text).toContain('an unreadable time in UTC');
  });
});
