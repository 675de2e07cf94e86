// `npx tsx scripts/real-pages-report.ts [name-filter]`: the table of every real page in ../shared/realpages, captured
// by the built extension in one headless Chromium: words of the reference kept, extra words, block ratio, and the
// AI-training / legal-basis flags that analysing reference → capture raises. The e2e test real-pages.e2e.ts asserts
// the same figures; this prints them for the note and for a maintainer tuning an extract rule.
// Run under the browser lock: flock /tmp/pw-e2e.lock npx tsx scripts/real-pages-report.ts
import { writeFileSync } from 'node:fs';
import { captureFile } from '../tests/e2e/harness/capture-file';
import { launchExtension } from '../tests/e2e/harness/launch';
import {
  formatMeasureRow,
  htmlPath,
  measureCapture,
  pageName,
  realPages,
  referenceText,
} from '../tests/real-pages/real-pages';

const filter = process.argv[2] ?? '';
const dump = process.env.PW_DUMP_DIR;
const extension = await launchExtension();
const rows = ['| page | words kept | extra words | block ratio | flags |', '| --- | --- | --- | --- | --- |'];
try {
  for (const page of realPages()) {
    const name = pageName(page);
    if (!name.includes(filter) && !page.platform.includes(filter)) continue;
    const result = await captureFile(extension, page.url, htmlPath(page));
    if (dump && result.kind === 'stored') writeFileSync(`${dump}/${page.platform}-${name}.md`, result.markdown);
    const row = formatMeasureRow(
      `${page.platform}/${name}`,
      result.kind === 'stored'
        ? measureCapture(referenceText(page), result.markdown)
        : `${result.kind}: ${result.detail}`,
    );
    rows.push(row);
    process.stderr.write(`${row}\n`);
  }
} finally {
  await extension.close().catch(() => undefined);
}
console.log(rows.join('\n'));
