// The English sentence each flag carries comes from the one place that phrases flags, in every language.
export { summarize } from './flag-words';
