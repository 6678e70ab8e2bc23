import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForRequests } from '@/lib/background';
import { request, RequestError } from '@/lib/messages/client';
import { testRoute } from '../support/fake-background';
import { freshDatabase, parsedPost } from '../support/factories';

function installBackground() {
  const db = freshDatabase();
  listenForRequests(
    testRoute(
      db,
      {
        extensionId: fakeBrowser.runtime.id,
        extensionOrigin: 'chrome-extension://test/',
        isSupportedPage: (url) => url.hostname === 'x.com',
      },
      { now: () => 1 },
    ),
  );
  return db;
}

describe('background listener', () => {
  it('answers through sendResponse, so callers get a response and not undefined', async () => {
    const db = installBackground();
    // fakeBrowser sends with an empty sender: the router must refuse it, and say so.
    const error = await request('capture.post', { post: parsedPost() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).code).toBe('forbidden');
    expect(await db.cases.count()).toBe(0);
  });

  it('accepts our own content script on a supported site', async () => {
    const db = installBackground();
    const response = await new Promise<unknown>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { type: 'capture.post', payload: { post: parsedPost() } },
        { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 1 } as never },
        resolve,
      );
    });
    expect(response).toMatchObject({ ok: true, data: { created: true } });
    expect(await db.cases.count()).toBe(1);
  });
});
