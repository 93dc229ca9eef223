import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/shared/messages/protocol';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string };

/**
 * Results for `query`, asked `delayMs` after the last keystroke; an answer to
 * an older query never replaces the answer to a newer one. While a new search
 * runs the previous hits stay on screen, so the list does not flicker.
 */
export function useSearch(
  query: string,
  search: (q: string) => Promise<SearchHit[]>,
  delayMs: number,
  /** Search even with an empty query (a filter alone gives results). */
  force = false,
): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const id = ++latest.current;
    if (q === '' && !force) {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => ({ status: 'searching', query: q, hits: 'hits' in s ? s.hits : [] }));
    const timer = setTimeout(() => {
      search(q).then(
        (hits) => id === latest.current && setState({ status: 'done', query: q, hits }),
        () => id === latest.current && setState({ status: 'error', query: q }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [query, search, delayMs, force]);
  return state;
}

/** A promise's value as state: undefined while pending, then the value, or `failed` on rejection. */
export function useLoaded<T>(load: () => Promise<T>): { value?: T; failed: boolean } {
  const [state, setState] = useState<{ value?: T; failed: boolean }>({ failed: false });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ value, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
