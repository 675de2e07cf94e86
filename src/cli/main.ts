import { basename } from 'node:path';
import { analyzePolicyChange } from '../analysis/index';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import { CliError, describe, readPolicyFile } from './files';
import { formatHistory, formatReport } from './format';
import { analyzeHistory } from './history';

export const USAGE = `Usage:
  policy-watch analyze OLD NEW [--json] [--language en|de|fr]
      Compare two versions of a policy (Markdown, HTML or text): flags first, then the other changes.
  policy-watch history DIR [--json]
      Timeline of the material changes in a folder of dated versions of one document (file names sort by date).
  policy-watch --help

Options:
  --json            Print exactly one JSON object.
  --language L      Language of the texts (default: detected).
  -h, --help        Show this help.`;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

interface ParsedArgs {
  command: string | null;
  positional: string[];
  json: boolean;
  help: boolean;
  language?: Language;
}

function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: null, positional: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') parsed.json = true;
    else if (arg === '-h' || arg === '--help') parsed.help = true;
    else if (arg === '--language' || arg.startsWith('--language=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!isLanguage(value)) throw new CliError(`--language takes ${LANGUAGES.join(', ')}, not ${value ?? 'nothing'}`);
      parsed.language = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option ${arg} (see --help)`);
    else if (parsed.command === null) parsed.command = arg;
    else parsed.positional.push(arg);
  }
  return parsed;
}

/** Runs the CLI; returns the exit code. Errors become one line on stderr. */
export async function main(argv: string[], output: Output = defaultOutput): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || (args.command === null && argv.length === 0)) {
      if (args.command === null && !args.help) {
        output.err('policy-watch: missing command (see --help)');
        return 2;
      }
      output.out(USAGE);
      return 0;
    }
    if (args.command === 'analyze') {
      if (args.positional.length !== 2) throw new CliError('analyze takes two files: OLD NEW');
      const [oldPath, newPath] = args.positional as [string, string];
      const oldText = readPolicyFile(oldPath);
      const newText = readPolicyFile(newPath);
      const report = analyzePolicyChange(oldText, newText, args.language ? { language: args.language } : {});
      output.out(args.json ? JSON.stringify(report) : formatReport(report, basename(oldPath), basename(newPath)));
      return 0;
    }
    if (args.command === 'history') {
      if (args.positional.length !== 1) throw new CliError('history takes one folder: DIR');
      const history = analyzeHistory(args.positional[0] as string);
      output.out(args.json ? JSON.stringify(history) : formatHistory(history));
      return 0;
    }
    throw new CliError(`unknown command ${args.command ?? ''} (see --help)`);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${describe(error)}`;
    output.err(`policy-watch: ${message}`);
    return error instanceof CliError ? 2 : 1;
  }
}
