import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUTTON_ATTR, createCaptureButton, setButtonState } from '@/lib/page/capture-button';
import { batchedLookup } from '@/lib/page/batched-lookup';
import { delegateControlEvents } from '@/lib/page/post-button-base';
import {
  createTestimonialButton,
  setTestimonialState,
  TESTIMONIAL_ATTR,
} from '@/lib/page/testimonial-button';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the testimonial button', () => {
  it('starts idle: a heart, named "Save as testimonial", with a title', () => {
    const button = createTestimonialButton();
    expect(button.hasAttribute(TESTIMONIAL_ATTR)).toBe(true);
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Save as testimonial');
    expect(button.title).toBe('Save as testimonial (Casebook)');
    expect(button.textContent).toBe('\u2661');
    expect(button.dataset.state).toBe('idle');
    expect(button.getAttribute('aria-busy')).toBe('false');
  });

  it('shows saving, saved and failed with its reason', () => {
    const button = createTestimonialButton();
    setTestimonialState(button, { kind: 'saving' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.style.opacity).toBe('0.6');
    expect(button.getAttribute('aria-label')).toBe('Saving as testimonial\u2026');

    setTestimonialState(button, { kind: 'saved' });
    expect(button.textContent).toBe('\u2665 Saved');
    expect(button.getAttribute('aria-label')).toBe('Saved as testimonial');
    expect(button.title).toBe('Saved as testimonial');
    expect(button.getAttribute('aria-busy')).toBe('false');

    setTestimonialState(button, { kind: 'failed', message: 'The extension was updated' });
    expect(button.textContent).toBe('\u2661 Failed');
    expect(button.getAttribute('aria-label')).toBe(
      'Saving as testimonial failed: The extension was updated',
    );
    expect(button.title).toBe(button.getAttribute('aria-label'));

    setTestimonialState(button, { kind: 'idle' });
    expect(button.textContent).toBe('\u2661');
    expect(button.getAttribute('aria-label')).toBe('Save as testimonial');
  });

  it('each new button is a fresh idle copy, whatever happened to an earlier one', () => {
    const first = createTestimonialButton();
    setTestimonialState(first, { kind: 'saved' });
    const second = createTestimonialButton();
    expect(second).not.toBe(first);
    expect(second.dataset.state).toBe('idle');
  });
});

describe('the capture button (shared look)', () => {
  it('keeps its states and the same base style as the testimonial button', () => {
    const capture = createCaptureButton();
    expect(capture.getAttribute('aria-label')).toBe('Capture as case');
    setButtonState(capture, { kind: 'captured', ref: 'C-ABC123' });
    expect(capture.textContent).toBe('\u2713 C-ABC123');
    expect(capture.getAttribute('aria-label')).toBe('Captured as case C-ABC123');
    const heart = createTestimonialButton();
    expect(heart.style.height).toBe(capture.style.height);
    expect(heart.style.borderRadius).toBe(capture.style.borderRadius);
  });
});

describe('delegateControlEvents', () => {
  const setup = () => {
    const link = document.createElement('a');
    link.href = '#post';
    const capture = createCaptureButton();
    const heart = createTestimonialButton();
    link.append(capture, heart);
    document.body.append(link);
    const onCapture = vi.fn();
    const onSave = vi.fn();
    const onPageClick = vi.fn();
    document.body.addEventListener('click', onPageClick);
    const stop = delegateControlEvents(document, {
      [BUTTON_ATTR]: onCapture,
      [TESTIMONIAL_ATTR]: onSave,
    });
    return { capture, heart, onCapture, onSave, onPageClick, stop };
  };

  it('sends each button to its own handler, and the page never sees the click', () => {
    const { capture, heart, onCapture, onSave, onPageClick, stop } = setup();
    // happy-dom marks dispatched events trusted only through its own API.
    const trusted = (target: Element) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      target.dispatchEvent(event);
      return event;
    };
    const event = trusted(heart);
    expect(onSave).toHaveBeenCalledWith(heart);
    expect(onCapture).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
    trusted(capture);
    expect(onCapture).toHaveBeenCalledWith(capture);
    expect(onPageClick).not.toHaveBeenCalled();
    stop();
  });

  it("ignores the page's scripts clicking our buttons", () => {
    const { heart, onSave, stop } = setup();
    heart.click();
    expect(onSave).not.toHaveBeenCalled();
    stop();
  });
});

describe('batchedLookup', () => {
  it('asks once for a burst of posts, skips known ones, splits at the limit', async () => {
    const timers: (() => void)[] = [];
    const asked: string[][] = [];
    const found: string[] = [];
    const lookUp = batchedLookup<boolean>({
      lookUp: async (ids) => {
        asked.push(ids);
        return Object.fromEntries(ids.filter((id) => id.endsWith('1')).map((id) => [id, true]));
      },
      onFound: (id) => found.push(id),
      known: (id) => id === 'known',
      setTimeout: (run) => timers.push(run),
      max: 2,
    });
    lookUp(['a1', 'known', 'b2']);
    lookUp(['c1']);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([['a1', 'b2']]);
    // The rest waits for the next round.
    expect(timers).toHaveLength(1);
    timers.shift()!();
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]).toEqual(['c1']);
    await vi.waitFor(() => expect(found).toEqual(['a1', 'c1']));
  });

  it('leaves at least the gap between two lookups of a long burst', async () => {
    const delays: number[] = [];
    const timers: (() => void)[] = [];
    let clock = 1000;
    const asked: string[][] = [];
    const lookUp = batchedLookup<boolean>({
      lookUp: async (ids) => {
        asked.push(ids);
        return {};
      },
      onFound: () => undefined,
      known: () => false,
      setTimeout: (run, ms) => {
        delays.push(ms);
        timers.push(run);
      },
      waitMs: 150,
      gapMs: 500,
      now: () => clock,
    });
    lookUp(['a']);
    expect(delays).toEqual([150]); // the first of a burst waits only the short wait
    clock += 150;
    timers.shift()!();
    clock += 50;
    lookUp(['b']);
    expect(delays[1]).toBe(450); // 500 after the last lookup began, not 150 from now
    clock += 450;
    timers.shift()!();
    clock += 2000;
    lookUp(['c']);
    expect(delays[2]).toBe(150); // a quiet spell: back to the short wait
    expect(asked).toEqual([['a'], ['b']]);
  });

  it('drops a failed lookup quietly', async () => {
    const timers: (() => void)[] = [];
    const onFound = vi.fn();
    const lookUp = batchedLookup({
      lookUp: () => Promise.reject(new Error('worker asleep')),
      onFound,
      known: () => false,
      setTimeout: (run) => timers.push(run),
    });
    lookUp(['a']);
    timers.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onFound).not.toHaveBeenCalled();
  });
});
