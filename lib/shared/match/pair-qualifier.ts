import { SPACE, isWordUnit } from './fold';
import { isRealSpace, isUpperAt, wordStartBefore, wordEndFrom, type TextView } from './text-view';

/** How many capitalised words before or after a name can make up a country pair. */
const REACH = 6;

/** Units [from, to) of a run of capitalised words next to a match, and whether a dash joins two of them. */
interface Qualifier {
  from: number;
  to: number;
  paired: boolean;
}

/** Whether folded unit `k` is a space that was written as a dash (`Korea–Australia`, `Việt Nam - Hoa Kỳ`). */
function isDash(v: TextView, k: number): boolean {
  return (
    v.f.units[k] === SPACE && /[-\u2010-\u2015]/.test(v.text.slice(v.f.starts[k], v.f.ends[k]))
  );
}

function before(v: TextView, at: number): Qualifier {
  const { f, text } = v;
  let from = at;
  let paired = false;
  for (let n = 0, k = at - 1; n < REACH && k > 0 && f.units[k] === SPACE; n++) {
    const s = wordStartBefore(f, k);
    if (s === k || !isUpperAt(text, f.starts[s] as number)) break;
    if (from !== at && isDash(v, from - 1)) paired = true;
    from = s;
    k = s - 1;
  }
  return { from, to: at, paired };
}

function after(v: TextView, at: number): Qualifier {
  const { f, text } = v;
  let to = at;
  let paired = false;
  for (let n = 0, k = at; n < REACH && k + 1 < f.length && f.units[k] === SPACE; n++) {
    if (!isWordUnit(f.units[k + 1] as number) || !isUpperAt(text, f.starts[k + 1] as number)) break;
    if (to !== at && isDash(v, k)) paired = true;
    if (to === at && !isRealSpace(v, k)) break;
    to = wordEndFrom(f, k + 1);
    k = to;
  }
  return { from: at, to, paired };
}

/**
 * Whether an agreement at units [i, j) is qualified by a pair of names joined
 * by a dash (`Korea–Australia comprehensive strategic partnership`,
 * `Đối tác Chiến lược Toàn diện Trung Quốc - Nga`) that does not include one of
 * the entity's context words (found at the unit positions in `contextAt`):
 * then it is another pair of countries' agreement.
 */
export function otherPairBeside(
  v: TextView,
  i: number,
  j: number,
  contextAt: readonly number[],
): boolean {
  for (const q of [before(v, i), after(v, j)]) {
    if (q.paired && !contextAt.some((c) => c >= q.from && c < q.to)) return true;
  }
  return false;
}
