/**
 * Loads the rest of the background (lib/background/background-rest.ts) when
 * a call first needs it. Chromium's worker cannot `import()`; it imports the
 * rest's script with `importScripts`, which after the worker's install reads
 * the copy installed with it (the install event imports it once, see
 * `installRest`), never the network. Firefox's background page is given the
 * script by the manifest, before the background's own.
 */
import type { BackgroundRest, RestDeps, startRest } from './background-rest';

/** Where the rest's script leaves its start function. */
export const REST_GLOBAL = 'backstoryStartRest';
/** The rest's script in the package (WXT's unlisted script entrypoints/background-rest.ts). */
export const REST_SCRIPT = '/background-rest.js';

type RestScope = {
  [REST_GLOBAL]?: typeof startRest;
  importScripts?: (...urls: string[]) => void;
  addEventListener?: (type: 'install', listener: () => void) => void;
};

export interface RestLoader {
  /** The rest if it is running, else null. */
  running(): BackgroundRest | null;
  /** The rest, loaded and started now if it is not running; throws if its script cannot load. */
  get(): BackgroundRest;
}

export function restLoader(deps: RestDeps, scope: RestScope = globalThis as RestScope): RestLoader {
  let rest: BackgroundRest | null = null;
  return {
    running: () => rest,
    get() {
      if (rest) return rest;
      if (!scope[REST_GLOBAL]) scope.importScripts?.(REST_SCRIPT);
      const start = scope[REST_GLOBAL];
      if (!start) throw new Error(`Backstory: the background's ${REST_SCRIPT} did not load`);
      rest = start(deps);
      return rest;
    },
  };
}

/**
 * In a service worker, load the rest while the worker installs: a script imported then is
 * installed with the worker and can be imported again on any later wake. Call at start-up.
 */
export function installRest(loader: RestLoader, scope: RestScope = globalThis as RestScope): void {
  if (scope.importScripts) scope.addEventListener?.('install', () => void loader.get());
}
