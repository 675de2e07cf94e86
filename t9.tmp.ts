import { readFileSync } from 'node:fs';
import { normalizePolicyText } from './src/analysis/normalize';
const n = normalizePolicyText(readFileSync('/work/shared/corpus/versions/Facebook/privacy-policy.de-proto/2021-07-07T18-30-01Z.md', 'utf8'));
const i = n.indexOf('berechtigten Interessen');
console.log(JSON.stringify(n.slice(i - 300, i + 200)));
