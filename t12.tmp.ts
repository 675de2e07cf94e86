import { readVersion } from './src/analysis/testing/corpus';
import { normalizePolicyText } from './src/analysis/normalize';
const row = readVersion('Facebook/privacy-policy.pga/2025-05-28T00-30-56Z.md').split('\n').find((l) => l.startsWith('| Providing and improving our Meta Products:')) as string;
console.log(row.length, JSON.stringify(row.slice(-300)));
const n = normalizePolicyText(row);
console.log(n.split('\n').length, JSON.stringify(n.slice(0, 300)));
