import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toCompact } from './compact';
import { PLATFORMS } from './registry';

// Regenerates compact-data.json from the validated registry: `npx tsx src/platforms/write-compact-data.ts`.
// Run it after editing src/platforms/data/*.json; the unit tests and the build fail until you do.
const target = fileURLToPath(new URL('./compact-data.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(toCompact(PLATFORMS), null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'ignore' });
console.log(`wrote ${target}`);
