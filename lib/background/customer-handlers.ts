import { browser } from 'wxt/browser';
import type { Actor } from '../cases/actor';
import { CustomerImportError, applyCustomerImport } from '../customers/csv-import-store';
import {
  addCrmLink,
  addCustomerNote,
  addEmail,
  addIdentity,
  createCustomer,
  removeCrmLink,
  removeEmail,
  removeIdentity,
  updateCustomer,
} from '../customers/customer-store';
import {
  CustomerConflictError,
  CustomerInputError,
  CustomerMergedAwayError,
  MergeConflictError,
  MergeRefusedError,
} from '../customers/errors';
import { IMPORT_PROGRESS, type ImportProgress } from '../customers/import-progress';
import { mergeCustomers, unmergeCustomers } from '../customers/merge-store';
import type { CasebookDatabase } from '../db/database';
import { RecordNotFoundError } from '../db/records';
import type { ErrorCode } from '../messages/protocol';
import type { Handlers } from '../messages/router';
import type { SidebarHub } from './sidebar-hub';

type CustomerRequest =
  | 'customer.create'
  | 'customer.update'
  | 'customer.addIdentity'
  | 'customer.removeIdentity'
  | 'customer.addEmail'
  | 'customer.removeEmail'
  | 'customer.addCrmLink'
  | 'customer.removeCrmLink'
  | 'customer.addNote'
  | 'customer.merge'
  | 'customer.unmerge'
  | 'customers.import';

/** Tells extension pages how far an import has written; a page that went away is fine. */
export const broadcastProgress = (progress: ImportProgress): void =>
  void browser.runtime.sendMessage(progress).catch(() => undefined);

/**
 * The customer requests from the dashboard. Every change is followed by a push, so open
 * sidebars show the customer as it is now (the panel reads customers too).
 */
export function customerHandlers(
  db: CasebookDatabase,
  hub: Pick<SidebarHub, 'pushAll'>,
  actor: () => Actor,
  progress: (progress: ImportProgress) => void = broadcastProgress,
): Pick<Handlers, CustomerRequest> {
  const thenPush = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await hub.pushAll();
    return result;
  };
  return {
    'customer.create': ({ customer }) => thenPush(createCustomer(db, customer, actor())),
    'customer.update': ({ customerId, patch }) =>
      thenPush(updateCustomer(db, customerId, patch, actor())),
    'customer.addIdentity': ({ customerId, identity }) =>
      thenPush(addIdentity(db, customerId, identity, actor())),
    'customer.removeIdentity': ({ customerId, identity }) =>
      thenPush(removeIdentity(db, customerId, identity, actor())),
    'customer.addEmail': ({ customerId, email }) =>
      thenPush(addEmail(db, customerId, email, actor())),
    'customer.removeEmail': ({ customerId, email }) =>
      thenPush(removeEmail(db, customerId, email, actor())),
    'customer.addCrmLink': ({ customerId, link }) =>
      thenPush(addCrmLink(db, customerId, link, actor())),
    'customer.removeCrmLink': ({ customerId, link }) =>
      thenPush(removeCrmLink(db, customerId, link, actor())),
    'customer.addNote': ({ customerId, text }) =>
      thenPush(addCustomerNote(db, customerId, text, actor())),
    'customer.merge': (request) => thenPush(mergeCustomers(db, request, actor())),
    'customer.unmerge': ({ mergeId }) => thenPush(unmergeCustomers(db, mergeId, actor())),
    'customers.import': ({ rows, importId }) =>
      thenPush(
        applyCustomerImport(db, rows, actor(), {
          onProgress: importId
            ? (done, total) => progress({ type: IMPORT_PROGRESS, importId, done, total })
            : undefined,
        }),
      ),
  };
}

/** The error code of a customer error (see classifyError), or null when it is not one. */
export function customerErrorCode(error: unknown): ErrorCode | null {
  if (error instanceof CustomerInputError) return 'invalid-payload';
  if (error instanceof RecordNotFoundError) return 'not-found';
  if (
    error instanceof CustomerConflictError ||
    error instanceof CustomerMergedAwayError ||
    error instanceof MergeConflictError ||
    error instanceof MergeRefusedError ||
    error instanceof CustomerImportError
  ) {
    return 'conflict';
  }
  return null;
}
