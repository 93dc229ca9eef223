import { MAX_EXPORT_ARTICLES } from '../shared/reader/export-file';

/**
 * What an import accepts, checked before any work starts: the files' sizes
 * and count before they are read, a JSON file's nesting and list lengths
 * before it is parsed. A clear sentence for the reader, or null.
 */

/** The largest file an import reads: some 100,000 articles of an ordinary length. */
export const MAX_IMPORT_FILE_BYTES = 128 * 1024 * 1024;
/** The most files one pick may hold (a folder of `.txt` articles). */
export const MAX_IMPORT_FILES = 20_000;
/** The deepest nesting a JSON file may have: an export is five levels deep at most. */
export const MAX_JSON_DEPTH = 32;

const mb = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
const count = (n: number) => n.toLocaleString('en');

/** Whether the picked files can be read at all (sizes and count), before reading them. */
export function filesProblem(files: readonly { name: string; size: number }[]): string | null {
  if (files.length > MAX_IMPORT_FILES)
    return `That is ${count(files.length)} files; Backstory imports at most ${count(MAX_IMPORT_FILES)} at once. Nothing was imported.`;
  const big = files.find((f) => f.size > MAX_IMPORT_FILE_BYTES);
  if (big)
    return `${big.name} is ${mb(big.size)}; Backstory imports files of up to ${mb(MAX_IMPORT_FILE_BYTES)}. Nothing was imported.`;
  return null;
}

/**
 * One pass over a JSON text, strings skipped: refuse nesting deeper than
 * {@link MAX_JSON_DEPTH} and any list longer than an export may be, before
 * `JSON.parse` builds a single object of it.
 */
export function jsonShapeProblem(name: string, text: string): string | null {
  const lists: number[] = []; // element count of each open list; -1 marks an open object
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
        if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (lists.length >= MAX_JSON_DEPTH)
        return `${name} nests its data more than ${MAX_JSON_DEPTH} levels deep; a Backstory export is 5. Nothing was imported.`;
      lists.push(c === 0x5b ? 0 : -1);
    } else if (c === 0x5d || c === 0x7d) lists.pop();
    else if (c === 0x2c && (lists[lists.length - 1] ?? -1) >= 0) {
      const n = (lists[lists.length - 1] as number) + 1;
      lists[lists.length - 1] = n;
      if (n >= MAX_EXPORT_ARTICLES)
        return `${name} holds a list of more than ${count(MAX_EXPORT_ARTICLES)} items; Backstory imports at most ${count(MAX_EXPORT_ARTICLES)} articles from one file. Nothing was imported.`;
    }
  }
  return null;
}
