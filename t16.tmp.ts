import { readdirSync } from 'node:fs';
import { analyzePolicyChange } from './src/analysis/index';
import { readVersion } from './src/analysis/testing/corpus';
import { assessCapture } from './src/analysis/capture';
for (const dir of process.argv.slice(2)) {
  const files = readdirSync('/work/shared/corpus/versions/' + dir).sort();
  let prev: string | null = null; let prevName = '';
  for (const f of files) {
    const t = readVersion(dir + '/' + f);
    if (prev === null) { if (assessCapture(t) === 'ok') { prev = t; prevName = f; } continue; }
    const r = analyzePolicyChange(prev, t);
    if (r.capture !== 'ok') { console.log(dir, f, 'UNUSABLE', r.capture); continue; }
    const core = r.flags.filter((x) => x.kind === 'legal-basis' || x.kind === 'ai-training');
    if (core.length) { console.log(`${dir} ${prevName.slice(0, 10)} -> ${f.slice(0, 10)} ${r.language}`); for (const x of core) console.log(`   ${x.severity} ${x.kind}${x.basis ? ':' + x.basis : ''}${x.from ? '<-' + x.from : ''} ${x.change} | ${(x.after ?? x.before ?? '').slice(0, 150)}`); }
    prev = t; prevName = f;
  }
}
