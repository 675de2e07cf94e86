import type { AnalysisReport, Flag } from '../analysis/types';
import { entryDates } from './dates-line';
import type { History } from './history';

// Human-readable output: flags first with their quotes, then a short account of the other changes.

const WIDTH = 100;

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

function flagTitle(flag: Flag): string {
  const basis = flag.basis
    ? `: ${flag.basis}${flag.from && flag.from !== flag.basis ? ` (from ${flag.from})` : ''}`
    : '';
  return `[${flag.severity.toUpperCase()}] ${flag.kind}${basis}, ${flag.change}${flag.region ? ` (${flag.region.join(', ')} only)` : ''}`;
}

export function formatFlag(flag: Flag, indent = ''): string[] {
  const lines = [`${indent}${flagTitle(flag)}`, `${indent}  ${flag.summary}`];
  if (flag.section) lines.push(`${indent}  Section: ${clip(flag.section, WIDTH)}`);
  if (flag.before !== null) lines.push(`${indent}  Before: "${clip(flag.before, 400)}"`);
  if (flag.after !== null) lines.push(`${indent}  After:  "${clip(flag.after, 400)}"`);
  return lines;
}

function captureMessage(report: AnalysisReport): string {
  return report.capture === 'empty'
    ? 'Unusable capture (empty): the new version has no policy text; nothing was compared.'
    : 'Unusable capture (truncated): the new version lost most of the text and added nothing; nothing was compared.';
}

export function formatReport(report: AnalysisReport, oldName: string, newName: string): string {
  const lines = [`Policy change: ${oldName} -> ${newName}`];
  if (report.capture !== 'ok') return [...lines, captureMessage(report)].join('\n');
  if (report.languageBefore) {
    lines.push(`The page switched language (${report.languageBefore} -> ${report.language}); nothing was compared.`);
    return lines.join('\n');
  }
  const { stats } = report;
  const noise = report.changes.filter((change) => change.noise).length;
  lines.push(
    `Language: ${report.language}. ${report.material ? 'Material change' : 'No material change'}. ` +
      `${report.flags.length} flag${report.flags.length === 1 ? '' : 's'}. Blocks: ${stats.added} added, ${stats.removed} removed, ` +
      `${stats.modified} modified, ${stats.moved} moved, ${stats.unchanged} unchanged (${noise} noise-only).` +
      `${stats.coarse ? ' Coarse diff (budget exceeded).' : ''}`,
  );
  if (!report.material) {
    lines.push('Only noise changed (links, formatting, whitespace, dates, order).');
    return lines.join('\n');
  }
  if (report.flags.length > 0) {
    lines.push('', 'FLAGS');
    for (const flag of report.flags) lines.push(...formatFlag(flag, '  '), '');
  }
  const material = report.changes.filter((change) => !change.noise);
  const shown = material.slice(0, 12);
  lines.push(
    `OTHER CHANGES (${material.length} material block change${material.length === 1 ? '' : 's'}${material.length > shown.length ? `, first ${shown.length}` : ''})`,
  );
  const marks = { added: '+', removed: '-', modified: '~', moved: '>' } as const;
  for (const change of shown) {
    const text = change.after ?? change.before ?? '';
    lines.push(
      `  ${marks[change.change]} ${change.change.padEnd(8)} ${change.section ? `[${clip(change.section, 50)}] ` : ''}${clip(text, 90)}`,
    );
  }
  return lines.join('\n');
}

/** How many high or medium flags are quoted under each version of a history. */
const HISTORY_FLAGS_SHOWN = 2;

function severityCounts(flags: Flag[]): string {
  const count = (severity: Flag['severity']) => flags.filter((flag) => flag.severity === severity).length;
  const parts = [`${count('high')} high`, `${count('medium')} medium`, `${count('low')} low`];
  return flags.length === 0 ? 'changed, no flags' : parts.join(', ');
}

export function formatHistory(history: History): string {
  const first = history.entries[0]?.file ?? '';
  const last = history.entries[history.entries.length - 1]?.file ?? '';
  const lines = [
    `History of ${history.directory}: ${history.versions} versions, ${first} -> ${last}`,
    `${history.material} material change${history.material === 1 ? '' : 's'}; skipped ${history.noiseOnly} noise-only version${history.noiseOnly === 1 ? '' : 's'} and ${history.unusable} unusable capture${history.unusable === 1 ? '' : 's'}` +
      `${history.languageSwitches > 0 ? `; ${history.languageSwitches} language switch${history.languageSwitches === 1 ? '' : 'es'} not compared` : ''}.`,
    '',
  ];
  for (const entry of history.entries) {
    if (!entry.previous) {
      lines.push(
        `${entry.file}  first version${entry.capture === 'ok' ? '' : ` (unusable capture: ${entry.capture})`}`,
        ...entryDates(entry),
      );
      continue;
    }
    if (entry.report?.languageBefore) {
      lines.push(
        `${entry.file}  page switched language (${entry.report.languageBefore} -> ${entry.report.language}); not compared`,
      );
      continue;
    }
    if (!entry.report?.material) continue;
    const flags = entry.report.flags;
    lines.push(`${entry.file}  ${severityCounts(flags)}`, ...entryDates(entry));
    const shown = flags.filter((flag) => flag.severity !== 'low').slice(0, HISTORY_FLAGS_SHOWN);
    for (const flag of shown)
      lines.push(`    ${flagTitle(flag)}: "${clip(flag.after ?? flag.before ?? flag.summary, 90)}"`);
  }
  return lines.join('\n');
}
