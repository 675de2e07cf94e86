import { describe, expect, it } from 'vitest';
import { type FirefoxGlobals, useFirefoxExtension } from './index';

// The Firefox harness checks itself: what it claims to catch, it catches. Each test provokes the thing on purpose.

describe('Firefox harness', () => {
  const ext = useFirefoxExtension();

  it('installs the shipped build and opens its pages as the address bar does', async () => {
    expect(ext().origin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
    const manifest = await ext().inExtension(
      () => (globalThis as unknown as FirefoxGlobals).browser.runtime.getManifest(),
      null,
    );
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background).toMatchObject({ persistent: false });
    const popup = await ext().openPopup();
    expect(await popup.evaluate(() => location.href)).toBe(`${ext().origin}/popup.html`);
    await popup.close();
  });

  it('reports an uncaught error in an extension page', async () => {
    await ext().inExtension(() => {
      setTimeout(() => {
        throw new Error('harness self-test: uncaught');
      });
    }, null);
    await new Promise((done) => setTimeout(done, 500));
    await expect(ext().expectNoConsoleErrors()).rejects.toThrow(/harness self-test: uncaught/);
  });

  it('reports console.error with our prefix in an extension page', async () => {
    const page = await ext().openExtensionPage('evidence.html');
    await page.evaluate(() => console.error('[policy-watch] harness self-test: logged'));
    await new Promise((done) => setTimeout(done, 500));
    await expect(ext().expectNoConsoleErrors()).rejects.toThrow(/harness self-test: logged/);
    await page.close();
  });

  it('reports an unhandled rejection in the event page', async () => {
    await ext().inExtension(async () => {
      const background = (await (globalThis as unknown as FirefoxGlobals).browser.runtime.getBackgroundPage()) as
        | (Window & typeof globalThis)
        | null;
      // The event page's own Promise and Error: the rejection is unhandled in the event page's global.
      void background?.Promise.reject(new background.Error('harness self-test: rejected'));
    }, null);
    await new Promise((done) => setTimeout(done, 500));
    await expect(ext().expectNoConsoleErrors()).rejects.toThrow(/harness self-test: rejected/);
  });

  it('lets only the platforms’ hosts through the proxy', async () => {
    const outcome = await ext().inExtension(
      async () =>
        fetch('https://tracker.example.net/collect').then(
          () => 'reached',
          () => 'refused',
        ),
      null,
    );
    expect(outcome).toBe('refused');
    expect(ext().proxy.refused).toContain('tracker.example.net:443');
  });
});
