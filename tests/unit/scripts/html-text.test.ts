import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInert, textOfHtml } from '../../../scripts/lib/html-text';

let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** A page whose every loadable part points at the recording server, by absolute and by relative address. */
function loadingPage(): string {
  const u = (path: string) => `${base}/${path}`;
  return `<!doctype html><html><head><base href="${base}/base/">
<link rel="preload" href="/page-data/app/page-data.json" as="fetch" crossorigin>
<link rel="preload" href="${u('preload-fetch')}" as="fetch"><link rel="preload" href="${u('preload-script')}" as="script">
<link rel="preload" href="${u('preload-style')}" as="style"><link rel="modulepreload" href="${u('modulepreload')}">
<link rel="stylesheet" href="${u('sheet.css')}"><link rel="icon" href="${u('icon')}"><link rel="prefetch" href="${u('prefetch')}">
<style>@import url("${u('import.css')}"); body { background: url("${u('background')}") }</style>
<script src="${u('script.js')}"></script><script type="module" src="${u('module.js')}"></script>
<script>fetch(${JSON.stringify(u('inline-fetch'))}); document.write('<p>written by a script</p>');</script>
<meta http-equiv="refresh" content="0; url=${u('refresh')}"></head>
<body onload="fetch('${u('onload')}')"><p>President Donald Trump spoke.</p>
<img src="${u('img')}" srcset="${u('srcset')} 2x"><img src="relative-img"><iframe src="${u('iframe')}"></iframe>
<video src="${u('video')}" poster="${u('poster')}"></video><audio src="${u('audio')}"></audio>
<object data="${u('object')}"></object><embed src="${u('embed')}"><input type="image" src="${u('input')}">
</body></html>`;
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('html-text (the page reader of scan and eval)', () => {
  it('reads a page that points everywhere at a local server without sending it one request', async () => {
    // The inline script did not run either: nothing it wrote is in the text.
    expect(textOfHtml(loadingPage()).trim()).toBe('President Donald Trump spoke.');
    await settle();
    expect(hits).toEqual([]);
  });

  it('catches a DOM that does load: happy-dom given the same page hits the server', async () => {
    const window = new Window({ url: `${base}/page.html` });
    new window.DOMParser().parseFromString(loadingPage(), 'text/html');
    for (let i = 0; i < 50 && hits.length === 0; i++) await settle();
    await window.happyDOM.abort();
    await window.happyDOM.close();
    expect(hits.length).toBeGreaterThan(0);
    hits.length = 0;
  });

  it('builds the tree as a browser does: content before <head> still lands in the body', () => {
    const doc = parseInert(
      '<html><div id="early">Lương Cường</div><head><title>t</title></head><body>',
    );
    expect(doc.body.firstElementChild?.id).toBe('early');
    expect(textOfHtml('<p>one<div>two</div><table><td>three</table>')).toBe('one\n\ntwo\n\nthree');
  });

  it('leaves out scripts, styles, editors and hidden parts, and reads text nested thousands deep', () => {
    const html =
      '<p>Tô Lâm</p><script>var x = "Donald Trump"</script><style>p{}</style>' +
      '<textarea>Lee</textarea><div contenteditable>Greer</div><p hidden>Diên</p>';
    expect(textOfHtml(html)).toBe('Tô Lâm');
    expect(textOfHtml(`${'<span>'.repeat(5000)}deep${'</span>'.repeat(5000)}`)).toBe('deep');
  });
});
