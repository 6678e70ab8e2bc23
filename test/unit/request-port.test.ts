import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { answerOnPort } from '@/lib/background';
import { createRequestPort, NO_ANSWER_CODE, RequestError } from '@/lib/messages/client';
import type { Response } from '@/lib/messages/protocol';

type Listener = (message: unknown) => void;

/** A pair of connected fake ports, like runtime.connect gives both ends. */
function fakePortPair(sender: Browser.runtime.MessageSender) {
  const make = () => {
    const messageListeners: Listener[] = [];
    const disconnectListeners: (() => void)[] = [];
    return {
      messageListeners,
      disconnectListeners,
      port: {
        name: 'casebook-requests',
        sender,
        onMessage: { addListener: (l: Listener) => messageListeners.push(l) },
        onDisconnect: { addListener: (l: () => void) => disconnectListeners.push(l) },
        postMessage: (_m: unknown) => {},
        disconnect: () => {},
      },
    };
  };
  const client = make();
  const server = make();
  client.port.postMessage = (m) =>
    queueMicrotask(() => server.messageListeners.forEach((l) => l(m)));
  server.port.postMessage = (m) =>
    queueMicrotask(() => client.messageListeners.forEach((l) => l(m)));
  const drop = () => client.disconnectListeners.forEach((l) => l());
  return {
    client: client.port as unknown as Browser.runtime.Port,
    server: server.port as unknown as Browser.runtime.Port,
    drop,
  };
}

const contentSender = { id: 'ext', url: 'https://x.com/home', tab: { id: 3 } } as never;

describe('request port', () => {
  it('answers each request by id with the router, using the port sender', async () => {
    const seen: unknown[] = [];
    const pair = fakePortPair(contentSender);
    answerOnPort(pair.server, async (request, sender) => {
      seen.push([request, sender]);
      return { ok: true, data: { echo: (request as { type: string }).type } } as Response<unknown>;
    });
    const request = createRequestPort(() => pair.client);
    const [a, b] = await Promise.all([
      request('posts.captured', { platform: 'x', postIds: ['1'] }),
      request('page.focus', { focus: null }),
    ]);
    expect(a).toEqual({ echo: 'posts.captured' });
    expect(b).toEqual({ echo: 'page.focus' });
    // The page cannot choose the sender: it comes from the port, not from the message.
    expect(seen.map((entry) => (entry as unknown[])[1])).toEqual([contentSender, contentSender]);
  });

  it('ignores messages without a numeric id', async () => {
    const pair = fakePortPair(contentSender);
    let routed = 0;
    answerOnPort(pair.server, async () => {
      routed += 1;
      return { ok: true, data: null };
    });
    pair.client.postMessage({ type: 'page.focus', payload: { focus: null } });
    pair.client.postMessage({ id: 'x', type: 'page.focus', payload: { focus: null } });
    await new Promise((r) => setTimeout(r, 0));
    expect(routed).toBe(0);
  });

  it('turns a refusal into a RequestError with its code', async () => {
    const pair = fakePortPair(contentSender);
    answerOnPort(pair.server, async () => ({
      ok: false,
      error: { code: 'forbidden', message: 'nope' },
    }));
    const request = createRequestPort(() => pair.client);
    const error = await request('page.focus', { focus: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'forbidden', message: 'nope' });
  });

  it('sends once more on a new port when the worker stopped mid-request', async () => {
    const first = fakePortPair(contentSender);
    const second = fakePortPair(contentSender);
    first.client.postMessage = () => queueMicrotask(first.drop); // the worker dies
    answerOnPort(second.server, async () => ({ ok: true, data: 'answered' }));
    const ports = [first.client, second.client];
    let opened = 0;
    const request = createRequestPort(() => ports[opened++]!);
    await expect(request('page.focus', { focus: null })).resolves.toBe('answered');
    expect(opened).toBe(2);
  });

  it('says no answer came when the worker stops on both tries (saved or not is unknown)', async () => {
    const pairs = [fakePortPair(contentSender), fakePortPair(contentSender)];
    for (const pair of pairs) pair.client.postMessage = () => queueMicrotask(pair.drop);
    let opened = 0;
    const request = createRequestPort(() => pairs[opened++]!.client);
    const error = await request('page.focus', { focus: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: NO_ANSWER_CODE });
    expect(opened).toBe(2);
  });

  it('says no answer came when the port was already closed, on both tries', async () => {
    const closed = () =>
      ({
        onMessage: { addListener: () => {} },
        onDisconnect: { addListener: () => {} },
        postMessage: () => {
          throw new Error('Attempting to use a disconnected port object');
        },
      }) as unknown as Browser.runtime.Port;
    const request = createRequestPort(closed);
    await expect(request('page.focus', { focus: null })).rejects.toMatchObject({
      code: NO_ANSWER_CODE,
    });
  });
});
