/**
 * Serves the generated pages from memory on 127.0.0.1: pages on one port and
 * the frames they embed on another (a second origin for cross-origin frames).
 */
import { createServer, type Server } from 'node:http';
import { framePage, generatePage } from './page-shell';

export interface FuzzServer {
  pageUrl(index: number): string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`);
    }),
  );
}

function htmlServer(render: (index: number) => string | null): Server {
  return createServer((req, res) => {
    const m = /^\/(?:page|frame)\/(\d+)\.html$/.exec(req.url ?? '');
    const body = m ? render(Number(m[1])) : null;
    if (body === null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
}

/** Start both servers for `seed`. */
export async function startFuzzServer(seed: number): Promise<FuzzServer> {
  const frames = htmlServer((i) => framePage(seed, i));
  const otherOrigin = await listen(frames);
  const pages = htmlServer((i) => generatePage(seed, i, otherOrigin).html);
  const origin = await listen(pages);
  const close = (s: Server) => new Promise<void>((r) => s.close(() => r()));
  return {
    pageUrl: (i) => `${origin}/page/${i}.html`,
    close: async () => {
      pages.closeAllConnections();
      frames.closeAllConnections();
      await Promise.all([close(pages), close(frames)]);
    },
  };
}
