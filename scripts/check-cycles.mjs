// Import cycles: every module of src/ and entrypoints/ (tests and test helpers aside), with each import of another
// project file, type-only imports included. (madge, the usual tool, parses TypeScript through the compiler's JS API,
// which TypeScript 7 no longer has; the project's imports are static and relative, so reading them is enough.)
// Fails on
//  - a cycle between files (A imports B imports A), and
//  - a cycle between rooms: the folders under src/ (analysis, history, ui, walkthrough, ...), where an import
//    from one room into another is an arrow, and no arrow may lead back.
// Run by npm test; alone: node scripts/check-cycles.mjs (prints every cycle found).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.ts$/.test(name) && !/\.(test|e2e)\.ts$|\.d\.ts$/.test(name) && !/[\\/]testing[\\/.]/.test(path)) {
      out.push(path);
    }
  }
  return out;
}

/** The room of a file: its folder under src/ (src/ui/popup/x.ts → ui), or entrypoints. */
export function roomOf(file) {
  const parts = file.split(/[\\/]/);
  if (parts[0] === 'src') return parts.length > 2 ? parts[1] : 'src';
  return parts[0];
}

/** Strongly connected components with more than one member (or a self-loop): the cycles of a graph. */
export function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const indices = new Map();
  const low = new Map();
  const cycles = [];
  const visit = (v) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), indices.get(w)));
    }
    if (low.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? new Set()).has(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return cycles;
}

/** One path through a cycle's members, for the message: a → b → … → a. */
function pathThrough(graph, members) {
  const inside = new Set(members);
  const start = members[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start].join(' → ');
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return members.join(', ');
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** A relative specifier to the file it names (x → x.ts, x/index.ts; JSON and other files as they are). */
function resolveSpecifier(fromFile, specifier) {
  const base = join(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every file's imports of other project files, type-only imports included (they tie rooms together too). */
export function importGraph() {
  const entryPoints = [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))];
  const files = new Map();
  for (const file of entryPoints) {
    const imports = new Set();
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveSpecifier(file, match[1] ?? match[2]);
      if (target?.endsWith('.ts')) imports.add(relative(root, target).split(sep).join('/'));
    }
    files.set(relative(root, file).split(sep).join('/'), imports);
  }
  return files;
}

async function main() {
  const files = importGraph();
  const rooms = new Map();
  const why = new Map();
  for (const [from, imports] of files) {
    for (const to of imports) {
      const a = roomOf(from);
      const b = roomOf(to);
      if (a === b) continue;
      if (!rooms.has(a)) rooms.set(a, new Set());
      rooms.get(a).add(b);
      if (!why.has(`${a}>${b}`)) why.set(`${a}>${b}`, `${from} → ${to}`);
    }
  }
  const fileCycles = cyclesOf(files);
  const roomCycles = cyclesOf(rooms);
  for (const cycle of fileCycles) console.error(`file cycle: ${pathThrough(files, cycle)}`);
  for (const cycle of roomCycles) {
    const path = pathThrough(rooms, cycle);
    const steps = path.split(' → ');
    console.error(`room cycle: ${path}`);
    for (let i = 0; i + 1 < steps.length; i++) console.error(`  ${why.get(`${steps[i]}>${steps[i + 1]}`)}`);
  }
  console.log(
    `import cycles: ${files.size} files, ${rooms.size} rooms; ${fileCycles.length} file cycles, ${roomCycles.length} room cycles`,
  );
  process.exit(fileCycles.length + roomCycles.length === 0 ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
