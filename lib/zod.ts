/**
 * zod, set up once for all of Casebook's code: import `z` from here, never from 'zod'
 * (eslint enforces it in lib/, components/ and entrypoints/).
 *
 * jitless (issue 9, "nothing evaluates code"): by default zod compiles a faster parser for
 * each object schema with `new Function`, after probing whether it may by calling
 * `Function('')` when the first object schema is built. The extension's content security
 * policy forbids that, so the probe could only fail, and Chromium reports each try as a
 * violation of the policy (seen in the dashboard and options pages, Chromium 156). With
 * jitless set, zod never tries. It is set here, in the module every schema imports z from,
 * because zod reads it when a schema is built, not when it parses. (The probe's code is
 * still in the bundle, so `web-ext lint` still warns about it: test/support/web-ext-lint.mjs.)
 * The sync server shares lib/sync/protocol.ts and so parses jitless too; its pushes parse
 * no slower (about 0.1 s per 10,000 changes either way, measured here).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
