// Browser tests need Debian's Chromium (a test tool cannot download its own browser here). On a
// fresh Debian machine where we are root, install it with the CJK font that Chinese labels need;
// anywhere else, say exactly what to install and stop.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

if (existsSync(chromium) && (process.env.CHROMIUM_PATH || existsSync(cjkFont))) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    `Browser tests need Chromium at ${chromium} and a CJK font.\n` +
      "On Debian or Ubuntu: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).",
  );
  process.exit(1);
}
console.log('Installing Debian packages chromium and fonts-noto-cjk for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
