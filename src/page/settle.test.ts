import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForSettled } from './settle';

const OPTIONS = { quietMs: 400, capMs: 15_000 };

describe('waitForSettled', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    root.remove();
    vi.useRealTimers();
  });

  const textLength = () => root.textContent?.length ?? 0;

  it('resolves after a quiet period once the content is there', async () => {
    const result = waitForSettled(root, textLength, (n) => n > 0, { ...OPTIONS, signal: new AbortController().signal });
    await vi.advanceTimersByTimeAsync(500); // quiet, but empty: keep waiting
    root.textContent = 'Privacy Policy';
    await vi.advanceTimersByTimeAsync(399);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(await result).toBe(14);
  });

  it('waits while the page keeps changing (debounce)', async () => {
    const result = waitForSettled(root, textLength, (n) => n >= 5, {
      ...OPTIONS,
      signal: new AbortController().signal,
    });
    for (let i = 0; i < 5; i++) {
      root.append('x');
      await vi.advanceTimersByTimeAsync(200);
    }
    root.append('y');
    await vi.advanceTimersByTimeAsync(450);
    expect(await result).toBe(6);
  });

  it('gives up at the cap with a last reading', async () => {
    const result = waitForSettled(root, textLength, () => false, { ...OPTIONS, signal: new AbortController().signal });
    root.textContent = 'never enough';
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await result).toBe(12);
  });

  it('resolves null when aborted', async () => {
    const controller = new AbortController();
    const result = waitForSettled(root, textLength, () => false, { ...OPTIONS, signal: controller.signal });
    controller.abort();
    expect(await result).toBeNull();
  });
});
