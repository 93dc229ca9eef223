/**
 * `work`'s outcome, or `late()`'s once `ms` have passed without one (a `late`
 * that throws rejects). The timer is cleared either way, so a settled race
 * keeps nothing alive.
 */
export function withDeadline<T, L>(work: Promise<T>, ms: number, late: () => L): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<L>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (err) {
        reject(err);
      }
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
