// Imported first by main.tsx. Zod probes whether it may compile validators with `new Function`;
// under this app's Content-Security-Policy that probe is refused and reported as a violation.
// jitless skips the probe (and the compiled fast path, which the app's small files do not need).
import { config } from 'zod';

config({ jitless: true });
