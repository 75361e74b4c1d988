/**
 * The one zod import of the engine and of every schema that may run in the browser: zod 4 compiles object parsers
 * with `new Function()` unless told not to, and its eval probe is a CSP (script-src) violation. Import `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
