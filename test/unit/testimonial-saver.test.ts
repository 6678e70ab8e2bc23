import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_ANSWER_CODE, RequestError } from '@/lib/messages/client';
import { NOT_SAVED } from '@/lib/page/lost-answer';
import { createTestimonialButton } from '@/lib/page/testimonial-button';
import { createTestimonialSaver, type TestimonialSaverDeps } from '@/lib/page/testimonial-saver';
import { parsedPost } from '../support/factories';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Two rows showing the same post (a timeline can), each with its button. */
function page(postId = '42') {
  const rows = [1, 2].map(() => {
    const article = document.createElement('article');
    const button = createTestimonialButton();
    button.dataset.postId = postId;
    article.append(button);
    document.body.append(article);
    return { article, button };
  });
  return rows;
}

function saver(overrides: Partial<TestimonialSaverDeps> = {}) {
  const timers: (() => void)[] = [];
  const deps: TestimonialSaverDeps = {
    parse: (button) => ({
      post: button.closest('article')!,
      parsed: parsedPost({ postId: button.dataset.postId! }),
    }),
    save: vi.fn(() => Promise.resolve({ created: true })),
    savedOf: vi.fn(() => Promise.resolve([])),
    onSaved: vi.fn(),
    setTimeout: (run) => timers.push(run),
    wait: async () => undefined,
    ...overrides,
  };
  return { deps, timers, saver: createTestimonialSaver(deps) };
}

describe('createTestimonialSaver', () => {
  it('saves the parsed post and shows every copy of it as saved', async () => {
    const [first, second] = page();
    const { deps, saver: s } = saver();
    const saving = s.save(first!.button);
    expect(first!.button.dataset.state).toBe('saving');
    expect(second!.button.dataset.state).toBe('saving');
    await saving;
    expect(deps.save).toHaveBeenCalledWith(expect.objectContaining({ postId: '42' }));
    expect(first!.button.dataset.state).toBe('saved');
    expect(second!.button.textContent).toBe('\u2665 Saved');
    expect(deps.onSaved).toHaveBeenCalledWith(first!.article);
  });

  it('ignores a second click while saving', async () => {
    const [row] = page();
    const { deps, saver: s } = saver();
    const saving = s.save(row!.button);
    await s.save(row!.button);
    await saving;
    expect(deps.save).toHaveBeenCalledTimes(1);
  });

  it('shows why saving failed, and a post it cannot read', async () => {
    const [row] = page();
    const { saver: s } = saver({
      save: () => Promise.reject(new Error('Casebook is not answering')),
    });
    await s.save(row!.button);
    expect(row!.button.dataset.state).toBe('failed');
    expect(row!.button.getAttribute('aria-label')).toBe(
      'Saving as testimonial failed: Casebook is not answering',
    );

    const { saver: blind, deps } = saver({ parse: () => null });
    await blind.save(row!.button);
    expect(deps.save).not.toHaveBeenCalled();
    expect(row!.button.getAttribute('aria-label')).toBe(
      'Saving as testimonial failed: Casebook could not read this post',
    );
  });

  it('shows posts saved before as saved once the lookup answers', async () => {
    const [row] = page('7');
    const { deps, timers, saver: s } = saver({ savedOf: vi.fn(() => Promise.resolve(['7'])) });
    s.lookUp(['7', '8']);
    timers.shift()!();
    await vi.waitFor(() => expect(row!.button.dataset.state).toBe('saved'));
    expect(deps.savedOf).toHaveBeenCalledWith(['7', '8']);
    // Known now: a button placed later for the same post is saved at once, and not asked again.
    const later = createTestimonialButton();
    s.placed(later, '7', false);
    expect(later.dataset.state).toBe('saved');
    s.lookUp(['7']);
    expect(timers).toHaveLength(0);
  });

  it('a reused row shows its new post, not the old one', async () => {
    const [row] = page('1');
    const { saver: s } = saver();
    await s.save(row!.button);
    row!.button.dataset.postId = '2';
    s.placed(row!.button, '2', true);
    expect(row!.button.dataset.state).toBe('idle');
  });

  it('after a lost answer, shows what the background holds: saved, or not saved', async () => {
    const lost = () => Promise.reject(new RequestError(NO_ANSWER_CODE, 'no answer'));
    const [kept] = page('7');
    const held = saver({ save: vi.fn(lost), savedOf: vi.fn(async (ids) => ids) });
    await held.saver.save(kept!.button);
    expect(kept!.button.dataset.state).toBe('saved');

    const [lostRow] = page('8');
    const none = saver({ save: vi.fn(lost), savedOf: vi.fn(async () => []) });
    await none.saver.save(lostRow!.button);
    expect(lostRow!.button.dataset.state).toBe('failed');
    expect(lostRow!.button.title).toContain(NOT_SAVED);
  });
});
