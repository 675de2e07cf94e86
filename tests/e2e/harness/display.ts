import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// Headed runs (PW_HEADED=1) show what headless cannot: real notifications, the toolbar. On a machine without a
// display the harness starts its own Xvfb; a screenshot of the whole X display (ImageMagick's `import`) then shows
// the browser window and the notification popups together.

export interface VirtualDisplay {
  /** The DISPLAY value, like ":91". */
  name: string;
  stop(): void;
}

export async function startXvfb(): Promise<VirtualDisplay> {
  let number = 91;
  while (existsSync(`/tmp/.X${number}-lock`)) number += 1;
  const name = `:${number}`;
  const xvfb: ChildProcess = spawn('Xvfb', [name, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const socket = `/tmp/.X11-unix/X${number}`;
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (xvfb.exitCode !== null || Date.now() > deadline)
      throw new Error(`Xvfb ${name} did not start (is xvfb installed?)`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // Also on exit: a run that fails before close() must not leave a display behind.
  const stop = () => xvfb.kill();
  process.once('exit', stop);
  return {
    name,
    stop: () => {
      process.off('exit', stop);
      stop();
    },
  };
}

/** Screenshot of the whole X display into `file` (PNG). Needs ImageMagick (`apt-get install -y imagemagick`). */
export function screenshotDisplay(display: string, file: string): void {
  execFileSync('import', ['-display', display, '-window', 'root', file], { stdio: ['ignore', 'ignore', 'pipe'] });
}
