import { z } from 'zod';

// Imported first by every entry point that validates with zod. The extension's CSP forbids eval, and zod's JIT
// probes `new Function` when the first object schema is built: the probe fails harmlessly, but Firefox reports it
// as a CSP violation in the console of every extension page. Jitless zod validates the same, without the probe.
z.config({ jitless: true });
