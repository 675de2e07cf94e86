import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every entry point that can reach zod imports src/zod-config first, before any module builds a schema: otherwise
// zod probes `new Function` under the extension's CSP, which Firefox reports as a console error (see zod-config.ts).
// page-watch.ts is exempt: it ships on every platform page and never imports zod (DEVELOPERS.md).

const ENTRYPOINTS = resolve(import.meta.dirname, '../entrypoints');
const WITHOUT_ZOD = new Set(['page-watch.ts']);

function entryFiles(): string[] {
  return readdirSync(ENTRYPOINTS).flatMap((name) => {
    const path = join(ENTRYPOINTS, name);
    if (statSync(path).isDirectory()) return [join(name, 'main.ts')];
    return name.endsWith('.ts') && !WITHOUT_ZOD.has(name) ? [name] : [];
  });
}

describe('entry points', () => {
  it.each(entryFiles())('%s imports zod-config first', (file) => {
    const firstImport = /^import\s+[^;]*?['"]([^'"]+)['"]/m.exec(readFileSync(join(ENTRYPOINTS, file), 'utf8'))?.[1];
    expect(firstImport).toMatch(/\/src\/zod-config$/);
  });
});
