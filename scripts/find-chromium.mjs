// Locates a Chromium for Playwright. Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium.
// With --install, on a Debian machine as root, installs Debian's `chromium` package when none is found.
// Prints the path on stdout; exits 1 with instructions when no browser can be provided.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function isDebianRoot() {
  return (
    existsSync('/etc/debian_version') &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0
  );
}

/** Installs one of Debian's packages (we are root on Debian), saying why. */
function aptInstall(pkg, why) {
  console.error(`${why}: installing Debian's "${pkg}" package (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (isDebianRoot()) {
    aptInstall('chromium', 'No Chromium found');
    path = findChromium();
    if (path) return path;
  }
  throw new Error(
    'No Chromium found. Install one (on Debian: `apt-get install chromium`) or point CHROMIUM_PATH at a ' +
      'Chromium/Chrome binary matching Playwright 1.64, e.g. `CHROMIUM_PATH=/opt/chrome/chrome npm test`. ' +
      'Playwright must not download its own browser here.',
  );
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false; // no fontconfig: Chromium has nothing to fall back on either
  }
}

/**
 * Chinese names in reports (刘洪才) need a CJK font on the machine that takes screenshots, or they are
 * drawn as empty boxes. Installs Debian's `fonts-noto-cjk` when none is found and we are root on
 * Debian; otherwise warns (pictures are still taken) and says how to get one.
 */
export function ensureCjkFonts() {
  if (hasCjkFont()) return true;
  if (isDebianRoot()) {
    aptInstall('fonts-noto-cjk', 'No CJK font found');
    if (hasCjkFont()) return true;
  }
  console.error(
    'Warning: no CJK font installed, so Chinese text shows as boxes in screenshots. ' +
      'On Debian: `apt-get install fonts-noto-cjk`.',
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(process.argv.includes('--install') ? ensureChromium() : (findChromium() ?? ''));
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
}
