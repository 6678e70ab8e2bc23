/**
 * The extension's sync engine (lib/sync) against the real server over HTTP, with two
 * browsers' databases (fake IndexedDB): what one agent captures reaches the lead; two agents
 * editing one case merge by field; a local edit the team overrode is kept as a conflict; a
 * round with nothing new changes nothing; an unreachable server loses nothing.
 */
import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importCases } from '../../lib/cases/bulk-import';
import { capturePost } from '../../lib/cases/capture';
import { addCaseNote, recordReply, setCaseAssignee, setCaseStatus } from '../../lib/cases/edit';
import { buildReport } from '../../lib/analytics/report';
import { readCounter } from '../../lib/db/counters';
import { CasebookDatabase } from '../../lib/db/database';
import { syncRound } from '../../lib/sync/engine';
import { keepMine } from '../../lib/sync/keep-mine';
import { httpTransport, type SyncTransport } from '../../lib/sync/transport';
import { eraseTestimonials } from '../../lib/testimonials/erase';
import { editTestimonial, saveTestimonial } from '../../lib/testimonials/store';
import { buildApp } from '../../server/src/app';
import { generateCases } from '../support/case-generator';
import { parsedPost } from '../support/factories';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';
import { seedTeam } from './support/teams';

let browsers = 0;
const browserDb = () => new CasebookDatabase(`sync-client-${++browsers}-${Math.random()}`);
const by = (name: string, offsetMs = 0) => ({ by: name, now: Date.now() + offsetMs });

describeOnEachDatabase('extension sync engine over HTTP', (engine) => {
  const database = useMigratedDatabase(engine);
  let app: FastifyInstance;
  const as: Record<'ana' | 'ben' | 'lead' | 'mia', SyncTransport> = {} as never;

  beforeAll(async () => {
    app = buildApp({ db: database.db, logger: false });
    const serverUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const team = await seedTeam(database.db, 'Desk');
    const members = {
      ana: await team.add('agent', 'Ana'),
      ben: await team.add('agent', 'Ben'),
      lead: await team.add('lead', 'Lea'),
      mia: await team.add('marketer', 'Mia'),
    };
    for (const [name, member] of Object.entries(members))
      as[name as keyof typeof as] = httpTransport({ serverUrl, token: member.token });
  });
  afterAll(() => app.close());

  it('a capture in one browser reaches the lead with its counters; an idle round does nothing', async () => {
    const ana = browserDb();
    const lead = browserDb();
    const post = parsedPost({ postId: '1900000000000000001', text: 'My router is down again' });
    const captured = await capturePost(ana, post, by('ana'));
    const first = await syncRound(ana, as.ana);
    expect(first.pushed).toBeGreaterThanOrEqual(2); // the post and the case, and its events
    expect(first.pending).toBe(0);
    await syncRound(lead, as.lead);
    const seen = await lead.cases.get(captured.caseId);
    expect(seen?.ref).toBe(captured.ref);
    expect(seen?.text).toBe('My router is down again');
    expect(await readCounter(lead, 'cases')).toBe(1);
    expect(await readCounter(lead, 'openCases')).toBe(1);
    expect(await readCounter(lead, 'posts')).toBe(1);
    // The day's topics count the case as the agent's browser did.
    const topics = (browser: CasebookDatabase) =>
      browser.topicCounts.toArray().then((rows) => rows.map(({ topic, count }) => [topic, count]));
    expect(await topics(lead)).toEqual(await topics(ana));
    expect((await topics(lead)).length).toBeGreaterThan(0);
    expect(await syncRound(lead, as.lead)).toMatchObject({ pushed: 0, pulled: 0, pending: 0 });
  });

  it('two agents editing one case keep both edits; the one overridden is a conflict', async () => {
    const ana = browserDb();
    const ben = browserDb();
    const post = parsedPost({ postId: '1900000000000000002', text: 'Billed twice' });
    const { caseId } = await capturePost(ana, post, by('ana'));
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    expect((await ben.cases.get(caseId))?.text).toBe('Billed twice');

    // Different fields: both stay.
    await setCaseStatus(ana, caseId, 'waiting', by('ana'));
    await setCaseAssignee(ben, caseId, 'ben', by('ben'));
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    await syncRound(ana, as.ana);
    for (const db of [ana, ben])
      expect(await db.cases.get(caseId)).toMatchObject({ status: 'waiting', assignee: 'ben' });

    // The same field: Ben's later edit wins; Ana's is kept as a conflict on her side.
    await setCaseStatus(ana, caseId, 'resolved', by('ana'), 'test');
    await syncRound(ana, as.ana);
    await setCaseStatus(ben, caseId, 'open', by('ben', 1000));
    // Ben had not pulled Ana's edit: the later stamp (Ben's) wins for both.
    await syncRound(ben, as.ben);
    await syncRound(ana, as.ana);
    const final = [(await ana.cases.get(caseId))?.status, (await ben.cases.get(caseId))?.status];
    expect(final[0]).toBe(final[1]);
    // The running totals still count what is there (this browser also holds the other tests' cases).
    for (const db of [ana, ben]) {
      const open = await db.cases
        .filter((c) => !c.deleted && ['new', 'open', 'waiting'].includes(c.status))
        .count();
      expect(await readCounter(db, 'openCases')).toBe(open);
    }
  });

  it('notes two agents add to one case at once are both kept, with both histories', async () => {
    const ana = browserDb();
    const ben = browserDb();
    const post = parsedPost({ postId: '1900000000000000009', text: 'Order never arrived' });
    const { caseId } = await capturePost(ana, post, by('ana'));
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    await addCaseNote(ana, caseId, 'Asked the courier', by('ana'));
    await addCaseNote(ben, caseId, 'Customer called too', by('ben', 1000));
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    await syncRound(ana, as.ana);
    for (const db of [ana, ben]) {
      const record = await db.cases.get(caseId);
      expect(record?.notes.map((note) => note.text)).toEqual([
        'Asked the courier',
        'Customer called too',
      ]);
      expect(record?.history.filter((event) => event.type === 'note')).toHaveLength(2);
    }
    // Nothing was lost, so nothing is shown as a conflict.
    expect(
      await ana.syncConflicts.where('[table+recordId]').equals(['cases', caseId]).count(),
    ).toBe(0);
    expect(
      await ben.syncConflicts.where('[table+recordId]').equals(['cases', caseId]).count(),
    ).toBe(0);
  });

  it("an edit made after seeing the team's wins, and the edit it overrides shows as a conflict", async () => {
    const ana = browserDb();
    const ben = browserDb();
    const post = parsedPost({ postId: '1900000000000000003', text: 'Refund please' });
    const { caseId } = await capturePost(ana, post, by('ana'));
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    await setCaseStatus(ben, caseId, 'resolved', by('ben'), 'test');
    await new Promise((done) => setTimeout(done, 20));
    await setCaseStatus(ana, caseId, 'waiting', by('ana')); // later, not pushed yet
    await syncRound(ben, as.ben); // Ben pushes first ...
    // ... but Ana's edit is later: when she syncs, hers stays and reaches Ben.
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    expect((await ben.cases.get(caseId))?.status).toBe('waiting');
    // Ben's own edit was overridden: he sees it as a conflict, and only the field he chose.
    const overridden = await ben.syncConflicts
      .where({ table: 'cases', recordId: caseId })
      .toArray();
    expect(overridden.map((c) => [c.field, c.mine, c.theirs])).toEqual([
      ['status', 'resolved', 'waiting'],
    ]);
    expect(await ana.syncConflicts.count()).toBe(0);

    // Now Ben edits while Ana's later edit is on its way: Ben's local edit loses to it.
    await setCaseStatus(ben, caseId, 'closed', by('ben'), 'test');
    await new Promise((done) => setTimeout(done, 20));
    await setCaseStatus(ana, caseId, 'open', by('ana'));
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    expect((await ben.cases.get(caseId))?.status).toBe('open');
    const lost = await ben.syncConflicts.where({ table: 'cases', recordId: caseId }).toArray();
    expect(lost.find((c) => c.field === 'status')).toMatchObject({
      mine: 'closed',
      theirs: 'open',
    });

    // Ben chooses his: "Use mine" puts it back as a new edit, which then wins everywhere.
    await new Promise((done) => setTimeout(done, 20));
    await keepMine(ben, lost.find((c) => c.field === 'status')!.id, Date.now());
    await syncRound(ben, as.ben);
    await syncRound(ana, as.ana);
    for (const db of [ana, ben]) expect((await db.cases.get(caseId))?.status).toBe('closed');
    expect(await ana.syncConflicts.where({ table: 'cases', recordId: caseId }).count()).toBe(1);
  });

  it('an unreachable server is a clear error and loses nothing; the next round delivers', async () => {
    const ana = browserDb();
    const post = parsedPost({ postId: '1900000000000000004', text: 'Where is my parcel' });
    const { caseId } = await capturePost(ana, post, by('ana'));
    const unreachable = httpTransport({ serverUrl: 'http://127.0.0.1:9', token: 'cbk_x' });
    await expect(syncRound(ana, unreachable)).rejects.toThrow(/cannot be reached/);
    expect((await ana.cases.get(caseId))?.text).toBe('Where is my parcel');
    await syncRound(ana, as.ana);
    const lead = browserDb();
    await syncRound(lead, as.lead);
    expect((await lead.cases.get(caseId))?.text).toBe('Where is my parcel');
  });

  it('changes the server refuses are set aside with the reason; the rest still syncs', async () => {
    // A marketer's browser holds a case (captured before joining); the role may not change
    // cases, but may save testimonials.
    const mia = browserDb();
    const post = parsedPost({ postId: '1900000000000000011', text: 'Best support ever, thanks!' });
    const { caseId } = await capturePost(mia, post, by('mia'));
    await saveTestimonial(mia, post, null, by('mia'));
    const round = await syncRound(mia, as.mia);
    expect(round.refused).toBeGreaterThanOrEqual(1);
    expect(round.refusedReason).toMatch(/marketer role cannot change (cases|events)/);
    expect(round.pending).toBe(0);
    // Only what was refused is set aside, one change each; the case stays in this browser.
    const setAside = (await mia.syncOutbox.toArray()).filter((entry) => entry.refused);
    expect(setAside.length).toBe(round.refused);
    expect(setAside.every((entry) => entry.changes.length === 1)).toBe(true);
    expect(setAside.map((entry) => entry.changes[0]!.table)).toContain('cases');
    expect((await mia.cases.get(caseId))?.text).toBe('Best support ever, thanks!');

    // The testimonial and its post reached the team.
    const lead = browserDb();
    await syncRound(lead, as.lead);
    expect((await lead.testimonials.toArray()).map((t) => t.originalText)).toContain(
      'Best support ever, thanks!',
    );
    expect(await lead.cases.get(caseId)).toBeUndefined();

    // A later round skips them (no request refused again) and still reports them.
    const again = await syncRound(mia, as.mia);
    expect(again).toMatchObject({ pushed: 0, refused: round.refused, pending: 0 });
  });

  it('cases restored from a backup with their old times still go to the team', async () => {
    const ana = browserDb();
    await capturePost(ana, parsedPost({ postId: '1900000000000000021' }), by('ana'));
    await syncRound(ana, as.ana); // the scan mark is now
    const restored = generateCases(3, 41).map((record) => ({
      ...record,
      updatedAt: Date.UTC(2025, 0, 15),
    }));
    await importCases(ana, restored, { now: Date.now() });
    const round = await syncRound(ana, as.ana);
    expect(round.pushed).toBe(3);
    const lead = browserDb();
    await syncRound(lead, as.lead);
    for (const record of restored) expect((await lead.cases.get(record.id))?.ref).toBe(record.ref);
  });

  it("an erased testimonial leaves the server and the lead's browser, and stays gone", async () => {
    const mia = browserDb();
    const lead = browserDb();
    const post = parsedPost({ postId: '1900000000000000031', text: 'Dana here: you rock!' });
    const { testimonial } = await saveTestimonial(mia, post, null, by('mia'));
    await syncRound(mia, as.mia);
    await syncRound(lead, as.lead);
    expect((await lead.testimonials.get(testimonial.id))?.originalText).toBe(
      'Dana here: you rock!',
    );

    // The lead stars it offline, meanwhile Mia erases it at the customer's request.
    await editTestimonial(lead, testimonial.id, { favourite: true }, by('lead'));
    await eraseTestimonials(
      mia,
      { testimonialId: testimonial.id },
      'asked by email',
      by('mia', 10),
    );
    await syncRound(mia, as.mia);
    await syncRound(lead, as.lead);
    // The lead's own events about it were cut when the erasure arrived: they go out next.
    await syncRound(lead, as.lead);
    await syncRound(mia, as.mia);

    for (const browser of [mia, lead]) {
      expect(await browser.testimonials.get(testimonial.id)).toBeUndefined();
      expect(await browser.syncOutbox.count()).toBe(0);
    }
    const { rows } = await database.db.query<{ text: string }>(
      'select fields::text || clocks::text as text from sync_records where id = $1',
      [testimonial.id],
    );
    expect(rows[0]?.text).not.toContain('Dana');
    // The events about it keep only its id, here and on the lead's side.
    const events = await lead.events
      .filter((e) => e.data.testimonialId === testimonial.id)
      .toArray();
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.data).toEqual({ testimonialId: testimonial.id });
  });

  it("the lead's analytics count every agent's work, also what arrives after the last view", async () => {
    const ana = browserDb();
    const ben = browserDb();
    const lead = browserDb();
    const DAY = 86_400_000;
    const report = (now: number) => {
      const day = (at: number) => new Date(at).toISOString().slice(0, 10);
      return buildReport(lead, {
        fromDay: day(now - 6 * DAY),
        toDay: day(now),
        timeZone: 'UTC',
        filter: {},
        handleMinutes: null,
        now,
      });
    };
    // The lead is up to date with the team, and looks: the facts are built up to now.
    await syncRound(lead, as.lead);
    const before = await report(Date.now());
    const agentOpened = (r: typeof before, name: string) =>
      r.measures.byAgent.find((g) => g.key === name)?.opened ?? 0;
    // Two days ago Ana captured and resolved a case, Ben captured one: it syncs later.
    const old = -2 * DAY;
    const first = await capturePost(
      ana,
      parsedPost({ postId: '1900000000000000301', text: 'Card declined at checkout' }),
      by('ana', old),
    );
    await recordReply(ana, first.caseId, 'replied on X', by('ana', old + 600_000));
    await setCaseStatus(ana, first.caseId, 'resolved', by('ana', old + 3_600_000), 'done');
    await capturePost(
      ben,
      parsedPost({ postId: '1900000000000000302', text: 'Where is my parcel' }),
      by('ben', old + 60_000),
    );
    await syncRound(ana, as.ana);
    await syncRound(ben, as.ben);
    await syncRound(lead, as.lead);
    // Pulled with their own (older) times: the lead's next view rebuilds those days.
    const seen = await report(Date.now());
    const { totals } = seen.measures;
    expect(totals.opened - before.measures.totals.opened).toBe(2);
    expect(totals.resolved - before.measures.totals.resolved).toBe(1);
    expect(totals.firstReplies - before.measures.totals.firstReplies).toBe(1);
    expect(agentOpened(seen, 'ana') - agentOpened(before, 'ana')).toBe(1);
    expect(agentOpened(seen, 'ben') - agentOpened(before, 'ben')).toBe(1);
    expect(seen.timings.daysRebuilt).toBeGreaterThanOrEqual(3);
  });
});
