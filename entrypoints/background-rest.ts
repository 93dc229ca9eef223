import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startRest } from '../lib/background/background-rest';
import { REST_GLOBAL } from '../lib/background/rest-loader';

/**
 * The rest of the background, a script of its own: the background imports it
 * on the first call that needs the corpus store (lib/background/rest-loader.ts).
 * It only leaves its start function where the background looks for it.
 */
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [REST_GLOBAL]: startRest });
});
