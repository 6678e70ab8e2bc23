import type { SiteAdapter } from '../sites/types';
import { BUTTON_ATTR, createCaptureButton } from './capture-button';
import { createTestimonialButton, TESTIMONIAL_ATTR } from './testimonial-button';
import { BADGE_ATTR } from './listening-badge';

/** Every kind of Casebook element placed in posts: the two buttons and the listening badge. */
export const POST_CONTROL_ATTRS: readonly string[] = [BUTTON_ATTR, TESTIMONIAL_ATTR, BADGE_ATTR];
export const POST_CONTROL_SELECTOR = POST_CONTROL_ATTRS.map((attr) => `[${attr}]`).join(',');

/** Whether a node is one of our buttons (adding them is no news for the post watcher). */
export const isPostControl = (node: Node): boolean =>
  node instanceof Element && POST_CONTROL_ATTRS.some((attr) => node.hasAttribute(attr));

export interface PostControls {
  capture: HTMLButtonElement;
  testimonial: HTMLButtonElement;
}

/**
 * Puts "Capture as case" and "Save as testimonial" in a post, side by side in the slot the
 * adapter names, both marked with the post's id. Every adapter gets both from this one
 * place. A recycled row keeps our old buttons: they are reused for the post it now shows
 * (`reused` tells the caller to reset their state).
 */
export function placePostControls(
  adapter: SiteAdapter,
  el: Element,
  postId: string,
  recycled: boolean,
): PostControls & { reused: boolean } {
  // The row's own old button, not one of a comment nested in it (LinkedIn, Reddit).
  const old = (attr: string) =>
    recycled
      ? (Array.from(el.querySelectorAll<HTMLButtonElement>(`button[${attr}]`)).find(
          (button) => adapter.closestPost(button) === el,
        ) ?? null)
      : null;
  const oldCapture = old(BUTTON_ATTR);
  const oldTestimonial = old(TESTIMONIAL_ATTR);
  const pair = oldCapture || oldTestimonial ? null : newPair();
  const capture = oldCapture ?? pair?.capture ?? createCaptureButton();
  const testimonial = oldTestimonial ?? pair?.testimonial ?? createTestimonialButton();
  // setAttribute, not dataset: the named-property path showed in the per-post profile.
  capture.setAttribute('data-post-id', postId);
  testimonial.setAttribute('data-post-id', postId);
  if (pair) {
    // A new post: both buttons in one insertion (one change for the page's layout, not two).
    (adapter.buttonSlot(el) ?? el).append(pair.fragment);
  } else if (!capture.isConnected) {
    (adapter.buttonSlot(el) ?? el).append(capture, testimonial);
  } else if (testimonial.previousElementSibling !== capture) {
    capture.after(testimonial);
  }
  return { capture, testimonial, reused: Boolean(oldCapture || oldTestimonial) };
}

let pairTemplate: DocumentFragment | null = null;

/**
 * Both buttons of a new post, cloned together from one template: one clone and one
 * insertion per post, on timelines that add hundreds of posts at a time.
 */
function newPair() {
  if (!pairTemplate) {
    pairTemplate = document.createDocumentFragment();
    pairTemplate.append(createCaptureButton(), createTestimonialButton());
  }
  const fragment = pairTemplate.cloneNode(true) as DocumentFragment;
  const capture = fragment.firstElementChild as HTMLButtonElement;
  const testimonial = fragment.lastElementChild as HTMLButtonElement;
  return { fragment, capture, testimonial };
}

/** Our buttons of one kind for a post, wherever the site shows that post now. */
export const controlsOf = (attr: string, postId: string, doc: Document = document) =>
  doc.querySelectorAll<HTMLButtonElement>(`button[${attr}][data-post-id="${CSS.escape(postId)}"]`);
