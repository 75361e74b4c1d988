// Fails early, with a sentence instead of a stack trace, when no Chromium is available for the e2e tests.
import { existsSync } from 'node:fs';
const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `No Chromium found at ${path}.\n` +
      `The browser tests use Debian's Chromium: run \`sudo apt-get install -y chromium\` ` +
      `(or set CHROMIUM_PATH to a Chromium/Chrome binary). \`npx playwright install\` is not used by this project.`
  );
  process.exit(1);
}
