import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toCompact } from './compact';
import { toCompactRoutes } from './compact-routes';
import { PLATFORMS } from './registry';

// Regenerates compact-data.json (main content script) and compact-routes.json (objection guide) from the validated
// registry: `npx tsx src/platforms/write-compact-data.ts`. Run it after editing src/platforms/data/*.json; the unit
// tests and the build fail until you do.
for (const [name, data] of [
  ['compact-data.json', toCompact(PLATFORMS)],
  ['compact-routes.json', toCompactRoutes(PLATFORMS)],
] as const) {
  const target = fileURLToPath(new URL(`./${name}`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'ignore' });
  console.log(`wrote ${target}`);
}
