import { describe, expect, it } from 'vitest';
import { createSidebarFrame, SIDEBAR_WIDTH } from '@/lib/page/sidebar-frame';

const frame = () => document.querySelector('iframe[data-casebook-sidebar]');
const tab = () => document.querySelector<HTMLButtonElement>('button[data-casebook-toggle]')!;

describe('sidebar frame', () => {
  it('opens an iframe of the extension page, narrows the page, and restores it on close', () => {
    document.documentElement.style.setProperty('margin-right', '7px');
    const changes: boolean[] = [];
    const sidebar = createSidebarFrame('about:blank', (open) => changes.push(open));
    expect(tab().getAttribute('aria-label')).toBe('Open Casebook sidebar');
    expect(tab().getAttribute('aria-expanded')).toBe('false');

    tab().click(); // a script's click (untrusted) does nothing
    expect(frame()).toBeNull();
    sidebar.open();
    expect(frame()?.getAttribute('src')).toBe('about:blank');
    expect(frame()?.getAttribute('title')).toBe('Casebook sidebar');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe(
      `${SIDEBAR_WIDTH}px`,
    );
    expect(tab().getAttribute('aria-expanded')).toBe('true');
    expect(tab().style.display).toBe('none'); // covers nothing while open

    sidebar.close();
    expect(frame()).toBeNull();
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('7px');
    expect(document.documentElement.style.getPropertyValue('min-width')).toBe('');
    expect(changes).toEqual([true, false]);
    sidebar.destroy();
  });

  it('on destroy removes everything without recording a choice', () => {
    const changes: boolean[] = [];
    const sidebar = createSidebarFrame('about:blank', (open) => changes.push(open));
    sidebar.open();
    sidebar.open(); // idempotent
    expect(document.querySelectorAll('iframe[data-casebook-sidebar]')).toHaveLength(1);
    sidebar.destroy();
    expect(frame()).toBeNull();
    expect(document.querySelector('button[data-casebook-toggle]')).toBeNull();
    expect(changes).toEqual([true]);
  });
});
