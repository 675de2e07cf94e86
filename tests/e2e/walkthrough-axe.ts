import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { PROJECT_DIR } from './harness/build';

// axe-core in a page of the built extension (or in a platform page, for the in-page guide). The script is evaluated
// through the DevTools protocol, which the extension pages' CSP (script-src 'self') does not apply to.

const AXE_SOURCE = readFileSync(join(PROJECT_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The part of axe's API used here (axe-core's own types). */
interface AxeApi {
  run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
}

export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations (WCAG 2.x A/AA and best practices) in the page or in `include` (axe context). */
export async function seriousAxeViolations(page: Page, include?: unknown): Promise<AxeProblem[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: AxeApi }).axe; // a global, injected above
    const result = await axe.run((context ?? document) as ElementContext, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => String(n.target)),
      }));
  }, include ?? null);
}
