import { z } from '../zod';
import {
  CrmLinkSchema,
  CustomerFieldsSchema,
  EmailSchema,
  IdentitySchema,
  NoteSchema,
} from '../db/schema';
import { CSV_LIMITS } from './csv-import';
import { CustomerPatchSchema, NewCustomerSchema } from './customer-store';
import { MergeRequestSchema } from './merge-store';

/**
 * The payloads of the customer requests (lib/messages/protocol.ts), built from the
 * record schemas so a page can send nothing a stored customer could not hold. The store
 * functions validate again: these refuse a forged message before any work.
 */
const id = z.string().min(1).max(64);

/** An identity added by hand: follower counts are read from pages, never typed. */
export const IdentityInputSchema = IdentitySchema.pick({ platform: true, handle: true }).extend({
  profileUrl: IdentitySchema.shape.profileUrl.default(null),
});

export const CrmLinkInputSchema = CrmLinkSchema.extend({
  objectType: CrmLinkSchema.shape.objectType.default(''),
  url: CrmLinkSchema.shape.url.default(null),
});

/** A row of a customer import as the page read and checked it (see csv-rows.ts). */
export const CustomerImportRowSchema = z
  .object({
    line: z.number().int().positive(),
    fields: CustomerFieldsSchema.omit({ notes: true }).partial().strict(),
    note: z.string().max(CSV_LIMITS.cell).nullable(),
  })
  .strict();

export const CUSTOMER_REQUESTS = {
  'customer.create': {
    access: 'extension',
    payload: z.object({ customer: NewCustomerSchema }),
  },
  'customer.update': {
    access: 'extension',
    payload: z.object({ customerId: id, patch: CustomerPatchSchema }),
  },
  'customer.addIdentity': {
    access: 'extension',
    payload: z.object({ customerId: id, identity: IdentityInputSchema }),
  },
  'customer.removeIdentity': {
    access: 'extension',
    payload: z.object({
      customerId: id,
      identity: IdentitySchema.pick({ platform: true, handle: true }),
    }),
  },
  'customer.addEmail': {
    access: 'extension',
    payload: z.object({ customerId: id, email: EmailSchema }),
  },
  'customer.removeEmail': {
    access: 'extension',
    payload: z.object({ customerId: id, email: z.string().max(300) }),
  },
  'customer.addCrmLink': {
    access: 'extension',
    payload: z.object({ customerId: id, link: CrmLinkInputSchema }),
  },
  'customer.removeCrmLink': {
    access: 'extension',
    payload: z.object({
      customerId: id,
      link: CrmLinkSchema.pick({ system: true, recordId: true }),
    }),
  },
  'customer.addNote': {
    access: 'extension',
    payload: z.object({ customerId: id, text: NoteSchema.shape.text }),
  },
  'customer.merge': {
    access: 'extension',
    payload: MergeRequestSchema,
  },
  'customer.unmerge': {
    access: 'extension',
    payload: z.object({ mergeId: id }),
  },
  /**
   * Rows read and checked in the dashboard, written all or none in one transaction.
   * `importId` names the import in the progress messages the background broadcasts to
   * extension pages while it writes (see import-progress.ts).
   */
  'customers.import': {
    access: 'extension',
    payload: z.object({
      rows: z.array(CustomerImportRowSchema).min(1).max(CSV_LIMITS.rows),
      importId: id.optional(),
    }),
  },
} as const;
