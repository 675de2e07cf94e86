import type { Locator, Page } from 'playwright-core';
import { HIGHLIGHT_PAD } from '../../../src/walkthrough/guide/highlight';

/**
 * How far the guide's highlight frame is from the element it frames: the frame's box (inside the guide's shadow
 * root) against the element's box grown by the frame's padding, once both have stopped moving (smooth scrolling,
 * the frame's transition). Zero on every side means the frame sits exactly on the element. Works in any browser
 * Playwright drives (the Firefox suite reuses it).
 */
export async function highlightOffset(
  page: Page,
  target: Locator,
  frame: Locator = page.locator('policy-watch-guide .pw-highlight'),
): Promise<{ left: number; top: number; right: number; bottom: number }> {
  let last = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    const [f, t] = await Promise.all([frame.boundingBox(), target.boundingBox()]);
    if (!f || !t) throw new Error(f ? 'the framed element is not on screen' : 'no highlight frame is shown');
    const offset = {
      left: round(f.x - (t.x - HIGHLIGHT_PAD)),
      top: round(f.y - (t.y - HIGHLIGHT_PAD)),
      right: round(f.x + f.width - (t.x + t.width + HIGHLIGHT_PAD)),
      bottom: round(f.y + f.height - (t.y + t.height + HIGHLIGHT_PAD)),
    };
    const now = JSON.stringify(offset);
    if (now === last) return offset;
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error(`the highlight never settled: ${last}`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
