import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict } from '../../../../../lib/shared/corpus/decode-utf8';
import { corpusErrorFrom, utf8 } from './corpus-error-helpers';

describe('decodeUtf8Strict', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8Strict('f', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Lương')]))).toBe(
      'Lương',
    );
  });

  it.each([
    ['a lone continuation byte', [...utf8('a\nb\n'), 0x80], 3, 4],
    ['a lead byte before a line feed', [...utf8('ok\n'), 0xe1, 0x0a, ...utf8('x')], 2, 3],
    ['a sequence broken by ASCII', [...utf8('\n\n'), 0xe1, 0xbb, ...utf8('A')], 3, 2],
    ['a stray byte after a whole sequence', [0xe1, 0xbb, 0x81, 0x80], 1, 3],
    ['Latin-1 text', [...utf8('L'), 0xfa, ...utf8('ng')], 1, 1],
    ['an overlong encoding', [0xc0, 0xaf], 1, 0],
  ])('reports %s at its line', (_name, bytes, line, offset) => {
    const e = corpusErrorFrom(() => decodeUtf8Strict('seeds/x.txt', new Uint8Array(bytes)));
    expect([e.file, e.line]).toEqual(['seeds/x.txt', line]);
    expect(e.reason).toContain(`byte offset ${offset}`);
  });
});
