// The app's one way in to zod. Zod probes whether it may compile validators with `new Function`;
// under this app's Content-Security-Policy that probe is refused and reported as a violation.
// jitless skips the probe (and the compiled fast path, which the app's small files do not need).
// It must be set before the first schema is built, so every module takes `z` from here: a module
// that builds schemas at load time then always loads after this line has run.
import { config, z } from 'zod';

config({ jitless: true });

export { z };
