// The analysis engine: pure TypeScript (no DOM, no browser APIs), shared by the background worker and the CLI.
export { type AnalyzeOptions, analyzePolicyChange, FULL_WORK_BUDGET, readPolicy } from './analyze';
export { assessCapture } from './capture';
export { detectLanguage, detectSupportedLanguage } from './language';
export { normalizePolicyText } from './normalize';
export * from './types';
export { ANALYSIS_VERSION } from './version';
