/** A vitest JSON report, as far as the summary reads it. */
export interface VitestJsonReport {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { ancestorTitles?: string[]; title: string; status: string; failureMessages?: string[] }[];
  }[];
}
export function skippedTests(json: VitestJsonReport, root: string): string[];
export function failedTests(json: VitestJsonReport, root: string): string[];
