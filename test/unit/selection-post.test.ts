import { describe, expect, it } from 'vitest';
import { ParsedPostSchema } from '@/lib/db/schema';
import {
  handleOf,
  quoteLink,
  selectionPost,
  SelectionError,
  type SelectionDraft,
} from '@/lib/cases/selection-post';

const draft = (over: Partial<SelectionDraft> = {}): SelectionDraft => ({
  text: 'My order #1234 never arrived',
  url: 'https://forum.example.com/t/late-order/99',
  title: 'Late order - Example forum',
  platform: 'web',
  at: 1_700_000_000_000,
  ...over,
});
const DIGEST = 'ab'.repeat(32);

describe('a selection becomes a post', () => {
  it('keeps the text, the page title and a link that highlights the quote', () => {
    const post = selectionPost(draft(), '  My order #1234 never arrived \r\n', null, DIGEST);
    expect(ParsedPostSchema.parse(post)).toEqual(post);
    expect(post.text).toBe('My order #1234 never arrived');
    expect(post.title).toBe('Late order - Example forum');
    expect(post.postId).toBe(`sel:${DIGEST.slice(0, 32)}`);
    expect(post.permalink).toBe(
      'https://forum.example.com/t/late-order/99#:~:text=My%20order%20%231234%20never%20arrived',
    );
    expect(post.postedAt).toBeNull();
    expect(post.platform).toBe('web');
  });

  it('gives an author nobody named a handle of this capture alone', () => {
    const one = selectionPost(draft(), 'a', null, 'a'.repeat(64));
    const two = selectionPost(draft(), 'b', null, 'b'.repeat(64));
    expect(one.author.handle).not.toBe(two.author.handle);
    expect(one.author.name).toBe('Unknown author (forum.example.com)');
  });

  it('takes the author the agent typed: @handle, handle, or a profile link', () => {
    expect(handleOf({ name: 'Ana', handle: '@ana_b' }, 'x')).toBe('ana_b');
    expect(handleOf({ name: 'Ana', handle: 'https://forum.example.com/u/ana/' }, 'x')).toBe('ana');
    expect(handleOf({ name: 'Ana Bell', handle: '' }, 'x')).toBe('Ana Bell');
    const post = selectionPost(
      draft(),
      'text',
      { name: 'Ana', handle: 'https://forum.example.com/u/ana' },
      DIGEST,
    );
    expect(post.author).toMatchObject({
      handle: 'ana',
      name: 'Ana',
      profileUrl: 'https://forum.example.com/u/ana',
    });
  });

  it('refuses an empty selection and a page that is not http(s), in plain words', () => {
    expect(() => selectionPost(draft(), '  \n ', null, DIGEST)).toThrow(SelectionError);
    expect(() => selectionPost(draft({ url: 'file:///etc/passwd' }), 'x', null, DIGEST)).toThrow(
      /web pages/,
    );
  });

  it('links a long quote by its first and last words, and keeps hostile text as text', () => {
    const text = '<script>alert(1)</script> one two three four five six seven eight nine - end';
    const link = quoteLink('https://example.com/p#top', text);
    expect(link.startsWith('https://example.com/p#top:~:text=')).toBe(true);
    expect(link).toContain(',');
    expect(link).not.toContain('<');
    expect(link).toContain('%2D'); // a dash would end the fragment's text
    expect(selectionPost(draft(), text, null, DIGEST).text).toBe(text);
  });
});
