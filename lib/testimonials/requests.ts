import { z } from '../zod';
import {
  CONSENT_STATES,
  ConsentEvidenceSchema,
  ParsedPostSchema,
  PlatformSchema,
  TESTIMONIAL_STATES,
  TestimonialSchema,
} from '../db/schema';

/**
 * The payloads of the testimonial requests (lib/messages/protocol.ts), built from the
 * record schema. Saving a public post from the page is a 'content' request, like
 * capturing one (it only ever adds a pending testimonial of what the page shows); every
 * other change comes from Casebook's own pages ('extension'). The dashboard reads the
 * library from the database itself; exports are made in the page that downloads them.
 */
const id = z.string().min(1).max(64);
const shape = TestimonialSchema.shape;

export const TESTIMONIAL_REQUESTS = {
  /** "Save as testimonial" on a post in the page. The same post is never saved twice. */
  'testimonial.save': {
    access: 'content',
    payload: z.object({ post: ParsedPostSchema }),
  },
  /** Which of these posts are saved already (the page's buttons show "Saved"). */
  'testimonials.savedOf': {
    access: 'content',
    payload: z.object({
      platform: PlatformSchema,
      postIds: z.array(shape.postId).max(500),
    }),
  },
  /** From the sidebar or the dashboard: a stored post of a case (its first when left out). */
  'testimonial.saveFromCase': {
    access: 'extension',
    payload: z.object({ caseId: id, postKey: shape.postKey.optional() }),
  },
  /** The marketer's edits: a trimmed quote, tags, product, rating, favourite. */
  'testimonial.edit': {
    access: 'extension',
    payload: z.object({
      testimonialId: id,
      quote: shape.quote.optional(),
      tags: z.array(z.string().max(60)).max(50).optional(),
      product: shape.product.optional(),
      rating: shape.rating.optional(),
      favourite: z.boolean().optional(),
    }),
  },
  'testimonial.moderate': {
    access: 'extension',
    payload: z.object({ testimonialId: id, state: z.enum(TESTIMONIAL_STATES) }),
  },
  /** Consent asked (how), granted or declined (evidence), or reset to not asked. */
  'testimonial.consent': {
    access: 'extension',
    payload: z.object({
      testimonialId: id,
      state: z.enum(CONSENT_STATES),
      via: shape.consent.shape.via.optional(),
      evidence: ConsentEvidenceSchema.nullable().optional(),
    }),
  },
  /**
   * Erase a customer's testimonials on request, everywhere they are stored; the erasure is
   * recorded without the erased content. By customer record, or by one testimonial's author.
   */
  'testimonials.erase': {
    access: 'extension',
    payload: z.union([
      z.object({ customerId: id, reason: z.string().trim().max(2000).nullable().default(null) }),
      z.object({ testimonialId: id, reason: z.string().trim().max(2000).nullable().default(null) }),
    ]),
  },
} as const;
