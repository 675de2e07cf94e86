// The English sentence each flag carries: built in one place, report.ts, when a candidate becomes a flag of the
// report, from the one place that phrases flags in every language (flag-words/).
export { summarize } from './flag-words';
