// Small helpers shared by every command: file I/O, option lists, error flattening.
import {readFileSync, writeFileSync} from 'node:fs';

/** A bad invocation (missing option, unreadable input, key unusable with a suite): exit code 2. */
export class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}

export function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch(e) {
    throw new UsageError(`cannot read ${file}: ${e.code ?? e.message}`);
  }
}

export function readJson(file) {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch(e) {
    throw new Error(`${file} is not valid JSON: ${e.message}`);
  }
}

export function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function writeText(file, text) {
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}

/** "a, b,,c" -> ['a', 'b', 'c']; undefined -> []. */
export function list(value) {
  if(typeof value !== 'string') {
    return [];
  }
  return value.split(',').map(s => s.trim()).filter(s => s.length > 0);
}

export const asArray = v => v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

/**
 * Every message in an error tree (jsonld-signatures and vc nest errors in `errors`, `error`,
 * `cause` and `details.cause`), de-duplicated, so the JSON output says why something failed.
 */
export function messages(error) {
  const found = [];
  const visited = new Set();
  const stack = [error];
  while(stack.length > 0) {
    const e = stack.shift();
    if(e === undefined || e === null || visited.has(e)) {
      continue;
    }
    visited.add(e);
    if(typeof e === 'string') {
      found.push(e);
      continue;
    }
    if(Array.isArray(e)) {
      stack.push(...e);
      continue;
    }
    if(e.message) {
      const prefix = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
      // jsonld "safe mode" errors name the offending term only in details.event
      const event = e.details?.event;
      const suffix = event ? ` [${event.code}: ${event.message} ${JSON.stringify(event.details ?? {})}]` : '';
      found.push(prefix + e.message + suffix);
    }
    stack.push(...asArray(e.errors), e.error, e.cause, e.details?.cause);
  }
  return [...new Set(found)];
}
