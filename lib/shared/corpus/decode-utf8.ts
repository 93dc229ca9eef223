import { CorpusError } from './corpus-error';

/**
 * Decode bytes as UTF-8, refusing anything that is not: a seed saved in
 * another encoding would otherwise turn names into U+FFFD silently and the
 * matcher would never find them. A leading BOM is dropped.
 * @throws CorpusError with the line of the first bad byte.
 */
export function decodeUtf8Strict(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstBadByte(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new CorpusError(
      file,
      lineAt(bytes, offset),
      `invalid UTF-8 (byte 0x${byte} at byte offset ${offset}); save the file as UTF-8`,
    );
  }
}

/**
 * Offset where the decoder first gives up. TextDecoder says only *that* the
 * input is bad, so search for the shortest failing prefix: a streaming decode
 * buffers an unfinished sequence instead of failing, so the prefix fails
 * exactly once it holds a bad byte.
 */
function firstBadByte(bytes: Uint8Array): number {
  const fails = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return unfinishedTail(bytes);
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  return pendingLead(bytes, lo - 1);
}

/**
 * The decoder fails at the byte that breaks a sequence (often plain ASCII,
 * like the line feed in `E1 0A`); the bad sequence starts at its lead byte.
 */
function pendingLead(bytes: Uint8Array, failed: number): number {
  let j = failed;
  while (j > 0 && j > failed - 3 && ((bytes[j - 1] ?? 0) & 0xc0) === 0x80) j--;
  const lead = bytes[j - 1] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  return j > 0 && failed - (j - 1) < length ? j - 1 : failed;
}

/** Start of the sequence cut off by the end of the file (its lead byte). */
function unfinishedTail(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i > 0 && i > bytes.length - 4 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i--;
  return i;
}

/** 1-based line holding byte `offset` (a line feed ends its line). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
