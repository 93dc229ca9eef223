import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RequestRecorder {
  /** The port the recorder listens on at 127.0.0.1 (give it to the browser as its HTTP and TLS proxy). */
  port: number;
  /**
   * Every request that reached the recorder, in arrival order: the full URL
   * for plain HTTP, `https://host:port` for a TLS tunnel (CONNECT; the path
   * is encrypted, so the host is all a proxy can see).
   */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A dead-end HTTP proxy on 127.0.0.1 that records each request and answers
 * 502, so nothing sent to it ever leaves the machine. Firefox started with
 * every protocol pointed at it (see firefoxProxyPrefs) hands it every
 * request for a non-loopback host from any context — pages, extension pages,
 * the background page, content scripts — which is how the Firefox e2e tests
 * prove Backstory made no network request: WebDriver BiDi only reports
 * requests of browsing contexts, not of the extension's background page.
 */
export async function startRequestRecorder(): Promise<RequestRecorder> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // HTTPS and secure WebSockets: the browser asks for a tunnel; refuse it.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  // Plain WebSockets sent as an absolute-URL upgrade.
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    requests.push(req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Environment for Firefox: release builds ignore the `services.settings.server`
 * pref that puppeteer points at a dummy `data:` URL (so remote settings would
 * still poll firefox.settings.services.mozilla.com) unless this is set
 * (Firefox's services-settings/Utils.sys.mjs, `allowServerURL`).
 */
export const FIREFOX_QUIET_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' };

/**
 * Firefox prefs that send all HTTP, HTTPS and WebSocket traffic for
 * non-loopback hosts to the recorder (loopback — the local test servers —
 * stays direct, as it never leaves the machine) and switch off what would
 * reach the network without an HTTP request or on Firefox's own behalf
 * (DNS prefetch and DNS over HTTPS, connectivity and captive-portal checks,
 * telemetry, system add-on updates), so a recorded request is one the
 * pages or the extension made. Puppeteer's own defaults already silence
 * updates, safe browsing, remote settings and the like.
 */
export function firefoxProxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
  };
}
