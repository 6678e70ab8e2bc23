/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, openExtensionPage, type ExtensionBrowser } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/https-server';

export const SCREENSHOTS = '.tmp/screenshots';

/**
 * One demo server and one Chromium with the production build per test file. Each file
 * gets a fresh profile, so its database starts empty.
 */
export function useExtension(options: { grantOptionalHosts?: boolean } = {}) {
  const state = {} as { server: DemoServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    state.server = await startDemoServer();
    state.browser = await launchWithExtension({ port: state.server.port, ...options });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get browser() {
      return state.browser;
    },
    async open(url: string): Promise<Page> {
      const page = await state.browser.context.newPage();
      await page.goto(url);
      await page.waitForSelector('article[data-testid="tweet"]');
      await page.waitForSelector('[data-casebook-capture]');
      return page;
    },
    dashboard(): Promise<Page> {
      return openExtensionPage(state.browser.context, state.browser.extensionId, 'dashboard.html');
    },
  };
}

/** The sidebar's frame (an extension page in an iframe), once it has rendered. */
export async function sidebarOf(page: Page): Promise<Frame> {
  // The live sidebar is the iframe that carries our attribute (a closing one loses it).
  const element = await page.waitForSelector('iframe[data-casebook-sidebar]');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('The sidebar frame did not load.');
  await frame.waitForSelector('.sidebar-body');
  return frame;
}

/** The outer post (article) whose text contains `text`. */
export const post = (page: Page, text: string) =>
  page.locator('article[data-testid="tweet"]').filter({ hasText: text }).first();

export const captureButtonIn = (page: Page, text: string) =>
  post(page, text).locator('[data-casebook-capture]');

/** Captures the post with this text by its button, and waits for the case ref on it. */
export async function captureOn(page: Page, text: string): Promise<void> {
  const button = captureButtonIn(page, text);
  await button.click();
  await expect.poll(() => button.textContent()).toMatch(/^\u2713 C-/);
}

/** Types a reply in X's own inline reply box and sends it with X's own Reply button. */
export async function replyOnX(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(text);
  await page.getByTestId('tweetButtonInline').click();
}

/**
 * Closes the sidebar with its own Close button, pressed from the keyboard. (A mouse click
 * through Playwright can hang when the clicked frame is removed before the click's
 * bookkeeping ends; the keyboard press is the same user action without that wait.)
 */
export async function closeSidebar(page: Page, sidebar: Frame): Promise<void> {
  await sidebar.getByRole('button', { name: 'Close sidebar' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 100 && (await page.locator('iframe[data-casebook-sidebar]').count()); i++) {
    await page.waitForTimeout(50);
  }
}

export { storedRecords } from '../support/stored-records';

type RuntimeOfPage = {
  chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
};

/** A request to the background from an extension page, as the page's own code sends it. */
export const sendRequest = <T = unknown>(page: Page, type: string, payload: unknown) =>
  page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as RuntimeOfPage).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<{ ok: boolean; data?: T; error?: unknown }>;
