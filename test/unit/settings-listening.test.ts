import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFY_SETTINGS } from '@/lib/listening/classify';
import { MAX_WATCH_TERMS } from '@/lib/listening/watch-list-schema';
import { DEFAULT_SETTINGS, readSettings, saveSettings, SettingsSchema } from '@/lib/settings';
import { settingsIssues } from '@/lib/settings-form/issues';
import { freshDatabase } from '../support/factories';

const EMPTY_LIST = { brands: [], handles: [], products: [], keywords: [], exclusions: [] };

describe('settings: listening (issue 11)', () => {
  it('settings stored before listening existed read with the defaults', async () => {
    const old = { key: 'main', agents: ['me', 'Dana'], followUps: DEFAULT_SETTINGS.followUps };
    const parsed = SettingsSchema.parse(old);
    expect(parsed.listening).toEqual({
      watchList: EMPTY_LIST,
      classifier: { ...DEFAULT_CLASSIFY_SETTINGS },
    });
    expect(parsed.agents).toEqual(['me', 'Dana']);

    const db = freshDatabase();
    await db.settings.put(old as never);
    expect((await readSettings(db)).listening.watchList).toEqual(EMPTY_LIST);
  });

  it('the defaults include an empty watch list and the classifier defaults', () => {
    expect(DEFAULT_SETTINGS.listening.watchList).toEqual(EMPTY_LIST);
    expect(DEFAULT_SETTINGS.listening.classifier).toEqual({ ...DEFAULT_CLASSIFY_SETTINGS });
  });

  it('a part or a field missing gets its default; terms are trimmed', () => {
    const parsed = SettingsSchema.parse({
      key: 'main',
      agents: ['me'],
      listening: { watchList: { brands: ['  Acme '] }, classifier: { questionThreshold: 4 } },
    });
    expect(parsed.listening.watchList).toEqual({ ...EMPTY_LIST, brands: ['Acme'] });
    expect(parsed.listening.classifier).toEqual({
      ...DEFAULT_CLASSIFY_SETTINGS,
      questionThreshold: 4,
    });
  });

  it('refuses a huge term and 10,000 terms, with messages a lead understands', async () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      listening: {
        watchList: {
          ...EMPTY_LIST,
          brands: ['x'.repeat(100_000)],
          keywords: Array.from({ length: 10_000 }, (_, i) => `word${i}`),
          handles: ['not a handle!'],
        },
        classifier: { ...DEFAULT_SETTINGS.listening.classifier, praiseThreshold: 1e9 },
      },
    };
    const issues = settingsIssues(settings);
    const byPath = new Map(issues.map((issue) => [issue.path, issue]));
    expect(byPath.get('listening.watchList.brands.0')).toMatchObject({
      place: 'Listening: brand names, term 1',
      message: expect.stringContaining('at most 100 characters'),
    });
    expect(byPath.get('listening.watchList.keywords')).toMatchObject({
      place: 'Listening: keywords',
      message: expect.stringContaining(`At most ${MAX_WATCH_TERMS} terms`),
    });
    expect(byPath.get('listening.watchList.handles.0')?.message).toContain('letters, digits');
    expect(byPath.has('listening.classifier.praiseThreshold')).toBe(true);

    const db = freshDatabase();
    await expect(saveSettings(db, settings)).rejects.toThrow();
    expect(await db.settings.get('main')).toBeUndefined();
  });

  it('stored hostile listening settings do not break reading: the defaults are used', async () => {
    const db = freshDatabase();
    await db.settings.put({
      ...DEFAULT_SETTINGS,
      listening: { watchList: { brands: Array(10_000).fill('a') }, classifier: {} },
    } as never);
    expect((await readSettings(db)).listening).toEqual(DEFAULT_SETTINGS.listening);
  });
});
