/**
 * zod 4 probes `new Function` before compiling a fast object parser; under the
 * pages' strict CSP (no 'unsafe-eval', proxy.ts) the browser reports that probe
 * as a violation even though zod catches it. Jitless parsing needs no eval.
 * Imported for its effect by the client's root (components/providers.tsx).
 */
import { z } from "zod";

z.config({ jitless: true });
