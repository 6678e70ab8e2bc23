/**
 * The post length limits adapters clip to: the schema's own (lib/db/constants.ts), which
 * carry no zod, so the content script stays small.
 */
export { POST_LIMITS as LIMITS } from '../db/constants';
