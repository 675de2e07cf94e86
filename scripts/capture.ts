// `npm run capture -- --url URL FILE.html`: what the extension stores for a saved page. Serves FILE under URL's host
// and path to the built extension in headless Chromium (the e2e harness: nothing reaches the real site), lets the
// content script capture it as on a visit, and prints exactly the Markdown the extension stored on stdout. How a
// maintainer checks a page saved from a platform that changed its markup.
//
// Exit codes: 0 stored; 1 not recognised or nothing stored (one line on stderr says why); 2 bad arguments.
// On this shared machine run it under the browser lock: flock /tmp/pw-e2e.lock npm run capture -- --url … FILE
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { captureFile } from '../tests/e2e/harness/capture-file';
import { launchExtension } from '../tests/e2e/harness/launch';

const USAGE = 'usage: npm run capture -- --url https://host/path FILE.html';

function fail(message: string, code: number): never {
  process.stderr.write(`capture: ${message}\n`);
  process.exit(code);
}

let url: string;
let file: string;
try {
  const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  if (!values.url || positionals.length !== 1) fail(USAGE, 2);
  url = values.url;
  file = resolve(positionals[0] as string);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`, 2);
}
try {
  if (!/^https:$/.test(new URL(url).protocol)) fail(`--url must be an https:// URL, not ${url}`, 2);
} catch {
  fail(`--url is not a URL: ${url}`, 2);
}
if (!existsSync(file)) fail(`no such file: ${file}`, 2);

const extension = await launchExtension();
let code = 0;
try {
  const result = await captureFile(extension, url, file);
  if (result.kind === 'stored') process.stdout.write(`${result.markdown}\n`);
  else {
    const what = result.kind === 'not-recognised' ? 'not recognised' : `nothing stored for ${result.platformId}`;
    process.stderr.write(`capture: ${what}: ${result.detail.replace(/\s+/g, ' ')}\n`);
    code = 1;
  }
} finally {
  await extension.close().catch((error: unknown) => {
    process.stderr.write(`capture: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    code ||= 1;
  });
}
process.exit(code);
