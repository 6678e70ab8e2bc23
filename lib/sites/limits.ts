/**
 * Limits of ParsedPostSchema (lib/db/schema.ts), repeated here because importing the schema
 * would put zod in the content script. Adapters clip what they read to these;
 * test/dom/x-adapter.test.ts keeps them equal to the schema's.
 */
export const LIMITS = { text: 100_000, title: 1000, name: 200, url: 2048, language: 35 } as const;
