/**
 * The files the command-line tools are given (`scan`, `eval`): read as
 * UTF-8 text (or JSON), and HTML turned into the text the content script would see,
 * parsed by a DOM that has no loading code at all (see html-text.ts).
 * Anything unreadable becomes one {@link InputError} whose message is
 * `file: reason`, which the commands print as their only line.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeUtf8Strict } from '../../lib/shared/corpus/decode-utf8';
import { CorpusError } from '../../lib/shared/corpus/corpus-error';
import { textOfHtml } from './html-text';

/** A file a command cannot use, with why in words: its message is `file: reason`. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Bytes a text input may hold: far above any saved page, low enough to refuse a disk image. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The `fs` error code of a failed read, in plain words. */
function reasonOfCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${err instanceof Error ? err.message : String(err)})`;
}

function readBytes(file: string): Uint8Array {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a file');
    if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
    if (stat.size > MAX_INPUT_BYTES)
      throw new InputError(
        file,
        `is ${stat.size} bytes; the most a page may be is ${MAX_INPUT_BYTES}`,
      );
    return readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, reasonOfCode(err));
  }
}

/**
 * A file's text. Refused: a missing file, a directory, an empty file, a
 * binary one (a NUL byte: no text format holds one) and one that is not UTF-8.
 * @throws InputError
 */
export function readTextInput(file: string): string {
  const bytes = readBytes(file);
  if (bytes.length === 0) throw new InputError(file, 'is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(file, `is binary, not text (a NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = decodeUtf8Strict(file, bytes);
  } catch (err) {
    if (err instanceof CorpusError)
      throw new InputError(file, `is not UTF-8 (line ${err.line}: ${err.reason})`);
    throw err;
  }
  if (text.trim() === '') throw new InputError(file, 'holds only white space');
  return text;
}

/** A file's JSON value. @throws InputError when it is unreadable or not JSON */
export function readJsonInput(file: string): unknown {
  const text = readTextInput(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `is not valid JSON (${(err as Error).message})`);
  }
}

/** Whether a file name says HTML (`.html`, `.htm`, `.xhtml`). */
export function isHtmlFile(file: string): boolean {
  return /^\.x?html?$/i.test(extname(file));
}

/** The text the content script would see: the page's visible text for HTML, the file itself otherwise. */
export function textOfFile(file: string, content: string): string {
  return isHtmlFile(file) ? textOfHtml(content) : content;
}
