// Turns one `@example` block into a runnable program whose `expr //=> value` pairs are
// assertions, runs it with the package's public exports in scope, and reports every pair.
// The conventions are described in examples.test.ts.
import { inspect } from 'node:util';
import ts from 'typescript';
import { expect } from 'vitest';

/** What a `//=>` (or `// throws`) comment claims. */
export type Expectation =
  | {
      readonly kind: 'value';
      /** The comment's text after `//=>`, continuation lines joined. */
      readonly raw: string;
      /** The JS/TS expression the expected value is evaluated from. */
      readonly source: string;
      /** `…` was elided from it: compare with toMatchObject instead of toEqual. */
      readonly partial: boolean;
      /** A trailing parenthesised remark that is not part of the value, e.g. `(a Tuesday)`. */
      readonly note?: string;
    }
  | {
      readonly kind: 'throws';
      readonly raw: string;
      /** The error class the statement must throw, e.g. `RuleInputError`. */
      readonly errorName: string;
      /** A code the error (or one of its `issues`) must carry, from `(code 'X')`. */
      readonly code?: string;
      readonly note?: string;
    }
  | {
      readonly kind: 'unparsable';
      readonly raw: string;
      readonly reason: string;
    };

/** One asserted statement of an example. */
export interface Pair {
  readonly id: number;
  /** 0-based line, within the example's code, where the statement starts. */
  readonly line: number;
  /** The statement's source text (without its `//=>` comment). */
  readonly source: string;
  readonly expectation: Expectation;
}

/** An example parsed into pairs and rewritten into TypeScript that checks them. */
export interface PreparedExample {
  readonly pairs: readonly Pair[];
  /** Problems that make the example uncheckable as written (syntax errors, stray `//=>`). */
  readonly problems: readonly string[];
  /** The rewritten example (TypeScript), for debugging. */
  readonly checked: string;
}

/** The outcome of one pair. */
export interface PairResult {
  readonly pair: Pair;
  /** 'pass', 'fail', 'unchecked' (expectation not parsable), or 'not-run' (an earlier statement threw). */
  readonly status: 'pass' | 'fail' | 'unchecked' | 'not-run';
  /** Readable expected and actual values, and why it failed. */
  readonly expected?: string;
  readonly actual?: string;
  readonly message?: string;
  /**
   * For a passing value claim: how the actual value differs under `toStrictEqual` (properties
   * set to `undefined`, class instances, sparse arrays). Informational; does not fail the pair.
   */
  readonly strictDifference?: string;
}

/** The outcome of one example. */
export interface RunResult {
  readonly pairs: readonly PairResult[];
  /** Set when the example itself could not be run (compile error) or threw outside any pair. */
  readonly error?: string;
  /** Problems found when preparing the example. */
  readonly problems: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Scanning the text of an expected value.

interface Scan {
  /** Bracket depth at the end of the text: > 0 means the value continues on the next line. */
  depth: number;
  /** Index of the first ` (` at depth 0 outside strings that follows some value, or -1. */
  noteAt: number;
}

/** Walks `text` outside string literals, tracking bracket depth. */
function scan(text: string): Scan {
  let depth = 0;
  let noteAt = -1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') {
      if (c === '(' && depth === 0 && noteAt < 0 && i > 0 && /\s/.test(text[i - 1] ?? '') && text.slice(0, i).trim() !== '') {
        noteAt = i;
      }
      depth++;
    } else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return { depth, noteAt };
}

/** Removes `…` (and `...` standing alone) outside strings, with the comma that follows it. */
function removeEllipses(text: string): { text: string; removed: boolean } {
  let out = '';
  let removed = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== undefined) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
      continue;
    }
    const bareDots = text.startsWith('...', i) && /^\.\.\.\s*[,}\]]/.test(text.slice(i));
    if (c === '…' || bareDots) {
      removed = true;
      i += c === '…' ? 0 : 2;
      while (/\s/.test(text[i + 1] ?? '')) i++;
      if (text[i + 1] === ',') i++;
      continue;
    }
    out += c;
  }
  return { text: out, removed };
}

/**
 * The syntax errors of `source`. Reads the parser's diagnostics (`parseDiagnostics`, which the
 * compiler API does not declare but has carried for years); falls back to transpileModule, ten
 * times slower, if a future TypeScript drops it.
 */
export function syntaxErrors(source: string): { line: number; message: string }[] {
  const sf = ts.createSourceFile('example.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const parsed = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics;
  const diagnostics =
    parsed ?? ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } }).diagnostics ?? [];
  return diagnostics.map((d) => ({
    line: d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line + 1,
    message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
  }));
}

/** Whether `source` is one syntactically valid expression. */
function isExpression(source: string): boolean {
  if (source.trim() === '') return false;
  const wrapped = `(\n${source}\n);`;
  if (syntaxErrors(wrapped).length > 0) return false;
  return ts.createSourceFile('e.ts', wrapped, ts.ScriptTarget.Latest, true).statements.length === 1;
}

/** Interprets the text of a `//=>` comment (or of `// throws …`). */
export function parseExpectation(raw: string): Expectation {
  const text = raw.trim();
  const throws = /^throws\s+([A-Za-z_$][\w$]*)\s*(?:\((.*)\))?\s*\.?$/s.exec(text);
  if (throws !== null) {
    const note = throws[2]?.trim();
    const code = note === undefined ? undefined : /\bcode\s*[:=]?\s*['"`]?([A-Z][A-Z0-9_]*)['"`]?/.exec(note)?.[1];
    return {
      kind: 'throws',
      raw,
      errorName: throws[1] ?? '',
      ...(code !== undefined ? { code } : {}),
      ...(note !== undefined ? { note } : {}),
    };
  }
  let value = text;
  let note: string | undefined;
  const { noteAt } = scan(text);
  if (noteAt >= 0 && text.endsWith(')') && !isExpression(text)) {
    value = text.slice(0, noteAt).trim();
    note = text.slice(noteAt).trim();
  } else if (noteAt >= 0 && text.endsWith(')') && isExpression(text) && /^(?:true|false|null|undefined|-?\d[\d_.e]*|'[^']*'|"[^"]*")\s*\(/.test(text)) {
    // `false (REASON_EMPTY)` parses as a call of `false`; a literal is never called.
    value = text.slice(0, noteAt).trim();
    note = text.slice(noteAt).trim();
  }
  const elided = removeEllipses(value);
  if (!isExpression(elided.text)) {
    return { kind: 'unparsable', raw, reason: `not a JS expression: ${value}` };
  }
  return { kind: 'value', raw, source: elided.text.trim(), partial: elided.removed, ...(note !== undefined ? { note } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Finding the pairs of an example and rewriting it.

const ARROW = /^\s*\/\/=>/;

function isFunctionLike(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isClassLike(node);
}

/**
 * Rewrites a statement so its completion value (the value of the last expression statement
 * executed, as `eval` would report it) lands in `__completion`. Used for `try { … } catch … //=> x`
 * and `if (…) expr; //=> x`.
 */
function completionRewrite(stmt: ts.Statement, sf: ts.SourceFile): string {
  const text = sf.text;
  const start = stmt.getStart(sf);
  const edits: { from: number; to: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isExpressionStatement(node)) {
      const e = node.expression;
      edits.push({ from: e.getStart(sf), to: e.end, text: `__completion = (${e.getText(sf)})` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(stmt);
  let out = text.slice(start, stmt.end);
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    out = out.slice(0, edit.from - start) + edit.text + out.slice(edit.to - start);
  }
  return out;
}

/** Parses an example into pairs and rewrites it so each pair is checked when it runs. */
export function prepareExample(code: string): PreparedExample {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems: string[] = [];
  for (const d of syntaxErrors(code)) problems.push(`syntax error, line ${d.line}: ${d.message}`);
  const lines = code.split('\n');
  const consumed = new Set<number>(); // lines whose `//=>` belongs to a pair
  const pairs: Pair[] = [];
  const edits: { from: number; to: number; text: string }[] = [];
  for (const stmt of sf.statements) {
    const endLine = sf.getLineAndCharacterOfPosition(stmt.end).line;
    let raw: string | undefined;
    let commentLine = -1;
    let throwsComment = false;
    const trailing = (ts.getTrailingCommentRanges(code, stmt.end) ?? [])[0];
    const trailingText = trailing === undefined ? '' : code.slice(trailing.pos, trailing.end);
    if (ARROW.test(trailingText)) {
      raw = trailingText.replace(ARROW, '');
      commentLine = endLine;
    } else if (/^\/\/\s*throws\b/.test(trailingText)) {
      raw = trailingText.replace(/^\/\/\s*/, '');
      commentLine = endLine;
      throwsComment = true;
    } else if (ARROW.test(lines[endLine + 1] ?? '')) {
      commentLine = endLine + 1;
      raw = (lines[commentLine] ?? '').replace(ARROW, '');
    }
    if (raw === undefined) continue;
    consumed.add(commentLine);
    // A value whose brackets are still open continues on the following `//` lines.
    let next = commentLine + 1;
    while (!throwsComment && scan(raw).depth > 0 && /^\s*\/\/(?!=>)/.test(lines[next] ?? '')) {
      raw += ' ' + (lines[next] ?? '').replace(/^\s*\/\/\s?/, '').trim();
      next++;
    }
    const expectation = parseExpectation(raw);
    const id = pairs.length;
    const line = sf.getLineAndCharacterOfPosition(stmt.getStart(sf)).line;
    pairs.push({ id, line, source: stmt.getText(sf).trim(), expectation });
    if (expectation.kind === 'unparsable') continue;
    const expected = expectation.kind === 'value' ? `() => (\n${expectation.source}\n)` : 'undefined';
    let replacement: string;
    if (expectation.kind === 'throws') {
      replacement = `__check(${id}, () => {\n${stmt.getText(sf)}\n}, ${expected});`;
    } else if (ts.isExpressionStatement(stmt)) {
      replacement = `__check(${id}, () => (\n${stmt.expression.getText(sf)}\n), ${expected});`;
    } else if (ts.isVariableStatement(stmt) && stmt.declarationList.declarations.length === 1 && ts.isIdentifier(stmt.declarationList.declarations[0]!.name)) {
      const name = stmt.declarationList.declarations[0]!.name.text;
      replacement = `${stmt.getText(sf)}\n__check(${id}, () => ${name}, ${expected});`;
    } else {
      replacement = `__check(${id}, () => {\nlet __completion: unknown;\n${completionRewrite(stmt, sf)}\nreturn __completion;\n}, ${expected});`;
    }
    edits.push({ from: stmt.getStart(sf), to: stmt.end, text: replacement });
  }
  lines.forEach((l, i) => {
    if (consumed.has(i)) return;
    if (l.includes('//=>')) problems.push(`line ${i + 1}: \`//=>\` not attached to a top-level statement: ${l.trim()}`);
    else if (/\/\/\s*(?:=>|->|→|throws\b|returns\b)/.test(l)) {
      problems.push(`line ${i + 1}: a comment that looks like a claim, in no form the doc-test reads: ${l.trim()}`);
    }
  });
  let checked = code;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    checked = checked.slice(0, edit.from) + edit.text + checked.slice(edit.to);
  }
  return { pairs, problems, checked };
}

// ---------------------------------------------------------------------------------------------
// Running.

/** Display of a value in a failure report. */
export function show(value: unknown): string {
  return inspect(value, { depth: 8, breakLength: Infinity, compact: true, sorted: false });
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const issues = (e as { issues?: readonly { code?: unknown }[] }).issues;
    const codes = Array.isArray(issues) ? ` issues=[${issues.map((i) => String(i.code)).join(', ')}]` : '';
    return `${e.name}${code !== undefined ? ` (code ${String(code)})` : ''}${codes}: ${e.message}`;
  }
  return `thrown ${show(e)}`;
}

/** The failure message of `assertion` run on its own, or undefined when it passes. */
function failureOf(assertion: () => void): string | undefined {
  try {
    assertion();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Runs `fn` with the clock and the network unavailable: `Date.now()`, `Date()` and `new Date()`
 * without arguments, and `fetch` throw. Examples must be deterministic.
 *
 * `Date` is replaced by a Proxy of itself, not by a subclass: `x instanceof Date` must stay true
 * for dates made by subclasses defined at import time (date-fns's `constructFrom` relies on it
 * for @date-fns/utc's UTCDate; with a subclass in its place it silently switches to local time).
 */
export function withoutClockOrNetwork<T>(fn: () => T): T {
  const g = globalThis as { Date: DateConstructor; fetch?: unknown };
  const RealDate = g.Date;
  const realFetch = g.fetch;
  const guard = (what: string): never => {
    throw new Error(`the example read the clock or the network (${what})`);
  };
  const GuardedDate: DateConstructor = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget) {
      if (args.length === 0) guard('new Date()');
      return Reflect.construct(target, args, newTarget === GuardedDate ? target : newTarget) as object;
    },
    apply: () => guard('Date()'),
    get: (target, key) => (key === 'now' ? () => guard('Date.now()') : Reflect.get(target, key, target)),
  });
  g.Date = GuardedDate;
  g.fetch = () => guard('fetch');
  try {
    return fn();
  } finally {
    g.Date = RealDate;
    g.fetch = realFetch;
  }
}

/**
 * Prepares and runs one example. `scope` supplies the free names (the package's public
 * exports); `prelude` is TypeScript run before the example in the same block (fixtures).
 */
export function runExample(code: string, scope: Readonly<Record<string, unknown>>, prelude = ''): RunResult {
  const prepared = prepareExample(code);
  const results = new Map<number, PairResult>();
  const byId = (id: number): Pair => prepared.pairs[id]!;
  for (const pair of prepared.pairs) {
    if (pair.expectation.kind === 'unparsable') {
      results.set(pair.id, { pair, status: 'unchecked', message: pair.expectation.reason });
    }
  }
  const check = (id: number, actualFn: () => unknown, expectedFn: (() => unknown) | undefined): void => {
    const pair = byId(id);
    const exp = pair.expectation;
    let actual: unknown;
    let thrown: { error: unknown } | undefined;
    try {
      actual = actualFn();
    } catch (error) {
      thrown = { error };
    }
    if (exp.kind === 'throws') {
      if (thrown === undefined) {
        results.set(id, { pair, status: 'fail', expected: exp.raw.trim(), actual: `returned ${show(actual)}`, message: 'did not throw' });
        return;
      }
      const cls = scope[exp.errorName];
      const e = thrown.error as { name?: unknown; code?: unknown; issues?: readonly { code?: unknown }[] };
      const isClass =
        typeof cls === 'function' ? thrown.error instanceof (cls as new (...a: never[]) => unknown) : e?.name === exp.errorName;
      const codes = [e?.code, ...(Array.isArray(e?.issues) ? e.issues.map((i) => i.code) : [])];
      const hasCode = exp.code === undefined || codes.includes(exp.code);
      results.set(id, {
        pair,
        status: isClass && hasCode ? 'pass' : 'fail',
        expected: exp.raw.trim(),
        actual: `threw ${errorText(thrown.error)}`,
        ...(isClass && hasCode ? {} : { message: !isClass ? `not a ${exp.errorName}` : `no code ${exp.code}` }),
      });
      return;
    }
    if (exp.kind !== 'value' || expectedFn === undefined) return;
    let expected: unknown;
    try {
      expected = expectedFn();
    } catch (error) {
      results.set(id, { pair, status: 'fail', expected: exp.source, message: `the expected value could not be evaluated: ${errorText(error)}` });
      return;
    }
    if (thrown !== undefined) {
      results.set(id, { pair, status: 'fail', expected: show(expected), actual: `threw ${errorText(thrown.error)}`, message: 'threw' });
      return;
    }
    const failure = failureOf(() => (exp.partial ? expect(actual).toMatchObject(expected as object) : expect(actual).toEqual(expected)));
    const strict = exp.partial || failure !== undefined ? undefined : failureOf(() => expect(actual).toStrictEqual(expected));
    results.set(id, {
      pair,
      status: failure === undefined ? 'pass' : 'fail',
      expected: show(expected),
      actual: show(actual),
      ...(failure !== undefined ? { message: failure } : {}),
      ...(strict !== undefined ? { strictDifference: strict } : {}),
    });
  };

  let error: string | undefined;
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !n.startsWith('__'));
  const source = `${prelude}\n${prepared.checked}`;
  const js = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleDetection: ts.ModuleDetectionKind.Legacy },
  });
  const diagnostics = js.diagnostics ?? [];
  if (diagnostics.length > 0) {
    error = `does not compile: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`;
  } else {
    const body = `"use strict";\nconst { ${names.join(', ')} } = __scope;\n{\n${js.outputText}\n}`;
    try {
      const fn = new Function('__scope', '__check', body) as (s: unknown, c: typeof check) => void;
      withoutClockOrNetwork(() => fn(scope, check));
    } catch (e) {
      error = `threw outside a checked statement: ${errorText(e)}`;
    }
  }
  const pairs = prepared.pairs.map((pair) => results.get(pair.id) ?? { pair, status: 'not-run' as const, message: 'an earlier statement threw' });
  return { pairs, problems: prepared.problems, ...(error !== undefined ? { error } : {}) };
}
