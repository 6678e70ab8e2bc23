import { describe, expect, it } from 'vitest';
import { followersIn, hoverCardAuthor, parseShownCount } from '../../lib/sites/x-followers';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('follower counts as X shows them', () => {
  it('reads shown counts, rounded or exact', () => {
    expect(parseShownCount('48.2K Followers')).toBe(48_200);
    expect(parseShownCount('1,234 Followers')).toBe(1_234);
    expect(parseShownCount('2.1M')).toBe(2_100_000);
    expect(parseShownCount('12 Followers')).toBe(12);
    expect(parseShownCount('Followers')).toBeNull();
    expect(parseShownCount('')).toBeNull();
    expect(parseShownCount('3Kittens')).toBeNull();
  });

  it("reads a hover card's author (hand-made after notes/site-dom.md, cpft handlePopup)", () => {
    const doc = page(`
      <a href="/someone_else/followers">99 Followers</a>
      <div id="layers"><div data-testid="HoverCard">
        <div data-testid="UserAvatar-Container-priya_codes"></div>
        <a href="/priya_codes/following"><span>611</span> Following</a>
        <a href="/priya_codes/verified_followers"><span>2,310</span> Followers</a>
      </div></div>`);
    expect(hoverCardAuthor(doc)).toEqual({ handle: 'priya_codes', followers: 2_310 });
    expect(hoverCardAuthor(page('<div id="layers"></div>'))).toBeNull();
  });

  it("takes only the named author's link, and never throws on junk", () => {
    const doc = page(`
      <a href="/other/followers">5 Followers</a>
      <a href="/Dana/followers">n/a</a>
      <a href="/dana/verified_followers">7.5K Followers</a>
      <a href="javascript:alert(1)//followers">1 Followers</a>`);
    expect(followersIn(doc, 'DANA')).toEqual({ handle: 'dana', followers: 7_500 });
    expect(followersIn(doc, 'nobody')).toBeNull();
    expect(followersIn(page('<a href="followers">x</a>'))).toBeNull();
  });
});
