import { readdirSync, readFileSync } from 'node:fs';
import { alignBlocks } from '../src/analysis/align';
import { resetAnalysisCaches } from '../src/analysis/analyze';
import { analyzePolicyChange } from '../src/analysis/index';
import { getLexicon } from '../src/analysis/lexicon';
import { normalizePolicyText } from '../src/analysis/normalize';
import { segment } from '../src/analysis/segment';
import { detectLanguage } from '../src/analysis/language';
import { datelessKey } from '../src/analysis/noise';
const dir = '/work/shared/corpus/versions/Facebook/privacy-policy.pga/';
const files = readdirSync(dir).sort();
const a = readFileSync(dir + files.find((f) => f.startsWith('2022-07-11')), 'utf8');
const b = readFileSync(dir + files.find((f) => f.startsWith('2026-08-22')), 'utf8');
const en = getLexicon('en');
const acc: Record<string, number[]> = {};
const time = <T>(k: string, f: () => T): T => { const t = performance.now(); const r = f(); (acc[k] ??= []).push(performance.now() - t); return r; };
for (let i = 0; i < 15; i++) {
  resetAnalysisCaches();
  const na = time('normalize', () => normalizePolicyText(a));
  const nb = time('normalize', () => normalizePolicyText(b));
  time('lang', () => detectLanguage(nb));
  const sa = time('segment', () => segment(na, en));
  const sb = time('segment', () => segment(nb, en));
  time('align', () => alignBlocks(sa, sb, { overBudget: () => false, datelessKey: (x) => datelessKey(x, en) }));
  resetAnalysisCaches();
  time('total', () => analyzePolicyChange(a, b));
}
for (const [k, v] of Object.entries(acc)) { v.sort((x, y) => x - y); console.log(k, v[Math.floor(v.length / 2)]?.toFixed(1)); }
