import { realSentence } from './src/analysis/testing/corpus';
console.log(realSentence('Facebook/privacy-policy.de-proto/2021-07-07T18-30-01Z.md', 'wie es für unsere berechtigten Interessen (sowie'));
console.log(realSentence('Instagram/privacy-policy.pga/2025-04-15T00-31-37Z.md', 'on the basis of legitimate interests'));
