/// <reference types="node" />
// The browser part of `npm start` (start.mjs builds first). See start.mjs.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, openExtensionPage } from './browser';
import { startDemoServer } from './https-server';
import { SITE_DEMOS } from '../e2e/sites';

const HOME = 'https://x.com/home';
const SCREENSHOTS = resolve('.tmp/screenshots');
const CAPTURE_BUTTON_WAIT_MS = 15_000;

const server = await startDemoServer();
// HEADLESS=1 takes the screenshots even where there is a display.
const headed =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';
const browser = await launchWithExtension({ port: server.port, headless: !headed });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await browser.close();
    await server.close();
  }
  process.exit(code);
}

await page.goto(HOME);

/** The first demo page of every other site (Facebook, Reddit, …), each on its real host. */
const SITE_PAGES = SITE_DEMOS.map((demo) => demo.pages[0]?.url).filter(
  (url): url is string => url !== undefined,
);

if (headed) {
  for (const url of SITE_PAGES) await (await browser.context.newPage()).goto(url);
  await page.bringToFront();
  console.log(
    `\nCasebook demo: ${HOME} (served locally, no network), extension ${browser.extensionId}`,
  );
  console.log(`Also open, one tab each: ${SITE_PAGES.join(', ')}`);
  console.log(`Dashboard: chrome-extension://${browser.extensionId}/dashboard.html`);
  console.log('Stop with Ctrl+C, or close the browser window.');
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  browser.context.on('close', () => void stop(0));
} else {
  console.log(
    'No display ($DISPLAY / $WAYLAND_DISPLAY unset) or HEADLESS=1: running headless, taking screenshots.',
  );
  await page.locator('article[data-testid="tweet"]').first().waitFor();
  const capture = page.getByRole('button', { name: 'Capture as case' }).first();
  try {
    await capture.waitFor({ timeout: CAPTURE_BUTTON_WAIT_MS });
    await capture.click();
    console.log('Clicked "Capture as case" on the first post.');
  } catch {
    console.log(
      `No "Capture as case" button appeared within ${CAPTURE_BUTTON_WAIT_MS / 1000} s: the ` +
        "extension's x.com content script did not add one. Taking the screenshots anyway.",
    );
  }
  await page.waitForTimeout(1_500);

  mkdirSync(SCREENSHOTS, { recursive: true });
  const timeline = resolve(SCREENSHOTS, 'timeline.png');
  await page.screenshot({ path: timeline });
  console.log(`Screenshot of the timeline:  ${timeline}`);

  for (const url of SITE_PAGES) {
    const sitePage = await browser.context.newPage();
    await sitePage.goto(url);
    await sitePage
      .locator('[data-casebook-capture]')
      .first()
      .waitFor({ timeout: CAPTURE_BUTTON_WAIT_MS })
      .catch(() => undefined);
    const file = resolve(SCREENSHOTS, `demo-${new URL(url).hostname}.png`);
    await sitePage.screenshot({ path: file });
    console.log(`Screenshot of ${url}: ${file}`);
    await sitePage.close();
  }

  const dashboardFile = resolve(SCREENSHOTS, 'dashboard.png');
  try {
    const dashboard = await openExtensionPage(
      browser.context,
      browser.extensionId,
      'dashboard.html',
    );
    await dashboard.waitForLoadState('networkidle');
    // Open the newest case, so the picture shows a case and not only the list.
    const newest = dashboard.getByRole('list', { name: 'Cases' }).getByRole('button').first();
    if (await newest.isVisible().catch(() => false)) {
      await newest.click();
      await dashboard
        .getByRole('article')
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
    }
    await dashboard.screenshot({ path: dashboardFile });
    console.log(`Screenshot of the dashboard: ${dashboardFile}`);
  } catch (error) {
    console.log(`Could not open the dashboard (dashboard.html): ${String(error).split('\n')[0]}`);
  }
  await stop(0);
}
