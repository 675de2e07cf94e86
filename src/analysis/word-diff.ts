import { isPlainLatin, isWordCode, WORD_CLASS } from './latin';
import type { WordRun } from './types';

// Word-level diff of one block pair: Myers' O(ND) algorithm on interned tokens, after trimming the common prefix and
// suffix, with an edit budget. Past the budget the caller gets null and falls back to a block-level (coarse) diff.

export interface Token {
  /** The token with the whitespace before it, so that runs join back into the original text. */
  text: string;
  /** Comparison form: lower case. */
  norm: string;
  /** Inside a link label (`[...]`). */
  inLink: boolean;
  /** A word (letters or digits), as opposed to punctuation or a bracket. */
  word: boolean;
}

const TOKEN = /(\s*)([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|\S)/gu;

/** TOKEN for plain Latin text (latin.ts): the same tokens without Unicode classes. */
const PLAIN_TOKEN = new RegExp(`(\\s*)([${WORD_CLASS}]+(?:['’.-][${WORD_CLASS}]+)*|\\S)`, 'g');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  const plain = isPlainLatin(text);
  for (const match of text.matchAll(plain ? PLAIN_TOKEN : TOKEN)) {
    const body = match[2] ?? '';
    if (body === '[') depth++;
    // A body is a run of letters and digits or one other character: its first code unit tells which.
    const word = plain ? isWordCode(body.charCodeAt(0)) : /[\p{L}\p{N}]/u.test(body);
    const token = { text: match[0], norm: body.toLowerCase(), inLink: depth > 0, word };
    if (body === ']') depth = Math.max(0, depth - 1);
    tokens.push(token);
  }
  return tokens;
}

export type EditOp = { op: 'equal' | 'add' | 'remove'; tokens: Token[] };

/** Myers on integer arrays; returns the edit script as ops over indices, or null when more than maxEdits are needed. */
function myers(a: Int32Array, b: Int32Array, maxEdits: number): Array<['=' | '-' | '+', number]> | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))) x = v[offset + k + 1] ?? 0;
      else x = (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        trace[d] = v.slice(offset - d - 1, offset + d + 2);
        return backtrack(trace, d, n, m);
      }
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], depth: number, n: number, m: number): Array<['=' | '-' | '+', number]> {
  const script: Array<['=' | '-' | '+', number]> = [];
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d--) {
    const v = trace[d] as Int32Array;
    // trace[d] holds v[-d-1 .. d+1] before step d; index of k in it is k + d + 1.
    const at = (k: number) => v[k + d + 1] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      script.push(['=', x]);
    }
    if (x === prevX) {
      y--;
      script.push(['+', y]);
    } else {
      x--;
      script.push(['-', x]);
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    script.push(['=', x]);
  }
  return script.reverse();
}

/**
 * Word diff of two token lists. Returns null when the edit budget is exceeded (the blocks differ too much for a word
 * diff to be readable or cheap).
 */
export function diffTokens(before: Token[], after: Token[], maxEdits = 400): EditOp[] | null {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix]?.norm === after[prefix]?.norm) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix]?.norm === after[after.length - 1 - suffix]?.norm
  ) {
    suffix++;
  }
  const midBefore = before.slice(prefix, before.length - suffix);
  const midAfter = after.slice(prefix, after.length - suffix);
  const ids = new Map<string, number>();
  const intern = (token: Token) => {
    let id = ids.get(token.norm);
    if (id === undefined) {
      id = ids.size;
      ids.set(token.norm, id);
    }
    return id;
  };
  const a = Int32Array.from(midBefore, intern);
  const b = Int32Array.from(midAfter, intern);
  const script = myers(a, b, maxEdits);
  if (!script) return null;
  const ops: EditOp[] = [];
  const push = (op: EditOp['op'], token: Token) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.tokens.push(token);
    else ops.push({ op, tokens: [token] });
  };
  for (const token of after.slice(0, prefix)) push('equal', token);
  for (const [op, index] of script) {
    if (op === '=') push('equal', midBefore[index] as Token);
    else if (op === '-') push('remove', midBefore[index] as Token);
    else push('add', midAfter[index] as Token);
  }
  for (const token of after.slice(after.length - suffix)) push('equal', token);
  return ops;
}

export function toWordRuns(ops: EditOp[]): WordRun[] {
  return ops.map((op) => ({ op: op.op, text: op.tokens.map((token) => token.text).join('') }));
}
