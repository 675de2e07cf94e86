// The version of what the analysis concludes (its rules, lexicons and reading), apart from the report's shape
// (ANALYSIS_SCHEMA_VERSION). Bump it whenever the same two texts may now give other flags or another reading: the
// history stores it with each version and re-analyses, in the background, every version made with an older one.
export const ANALYSIS_VERSION = 6;
