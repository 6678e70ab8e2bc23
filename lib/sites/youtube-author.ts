/**
 * Authors on YouTube: a comment's author and the channel of a video. The handle is the
 * channel's @handle without "@" (what the page links to, and what YouTube shows beside
 * every comment); channels linked only by id keep their "UC…" id. Comments show the
 * @handle where a name would be, so the name is '' there (Casebook then shows @handle);
 * older markup and the video's channel row show a real display name.
 */
import type { Author } from '../db/schema';
import { LIMITS } from './limits';
import { webUrl } from './read';
import { firstOf, lineOf, countWithUnit } from './youtube-read';
import * as Y from './youtube-selectors';
import { channelOf } from './youtube-urls';

const hasChannel = (el: Element) => channelOf(el.getAttribute('href')) !== null;
/** An open reply box inside the comment shows the signed-in user's avatar: not the author's. */
const outsideBox = (el: Element) => !el.closest(Y.any(Y.COMMENT_BOX));

/** A shown name, or '' when what is shown is only the @handle. */
const nameOf = (shown: string) => (shown.startsWith('@') ? '' : shown);

export function readCommentAuthor(comment: Element): Author | null {
  const link = firstOf(comment, Y.AUTHOR_LINK, hasChannel);
  const channel = channelOf(link?.getAttribute('href'));
  if (!channel) return null;
  return {
    handle: channel.handle,
    name: nameOf(lineOf(firstOf(comment, Y.AUTHOR_SHOWN), LIMITS.name)),
    profileUrl: channel.profileUrl,
    avatarUrl: webUrl(firstOf(comment, Y.AVATAR_IMG, outsideBox)?.getAttribute('src')),
    followers: null,
    verified: comment.querySelector(Y.any(Y.VERIFIED)) !== null,
  };
}

/** The channel row under the video: name, @handle link, avatar, and exact subscribers. */
export function readChannel(video: Element): Author | null {
  const link = firstOf(video, Y.CHANNEL_LINK, hasChannel);
  const channel = channelOf(link?.getAttribute('href'));
  if (!channel) return null;
  return {
    handle: channel.handle,
    name: nameOf(lineOf(link, LIMITS.name)),
    profileUrl: channel.profileUrl,
    avatarUrl: webUrl(firstOf(video, Y.CHANNEL_AVATAR)?.getAttribute('src')),
    followers: countWithUnit(firstOf(video, Y.SUBSCRIBERS)?.textContent),
    verified: video.querySelector(Y.any(Y.CHANNEL_VERIFIED)) !== null,
  };
}
