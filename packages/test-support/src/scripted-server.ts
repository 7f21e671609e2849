// A stand-in for an API on 127.0.0.1 (port 0) that answers each request with the next scripted
// reply, so a test states exactly what the server does: status, headers, body, a delay, a
// dropped connection. Shared by the client tests of felles and the API packages.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Wait this long before sending the headers. */
  readonly delayMs?: number;
  /** Send the headers and the first part of the body, then stall (never finish). */
  readonly stallBody?: boolean;
  /** Destroy the connection without answering. */
  readonly drop?: boolean;
}

export interface Received {
  readonly method: string | undefined;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface ScriptedServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly received: Received[];
  /** Replies for the next requests, in order; when they run out, `fallback` answers. */
  script(...replies: Reply[]): void;
  fallback: (request: Received) => Reply;
  /** Forgets the script and what was received, and closes every open connection. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const queue: Reply[] = [];
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const request = { method: req.method, url: req.url ?? '/', headers: req.headers };
    received.push(request);
    const reply = queue.shift() ?? scripted.fallback(request);
    if (reply.drop === true) {
      req.socket.destroy();
      return;
    }
    const send = () => {
      res.writeHead(reply.status ?? 200, reply.headers ?? {});
      if (reply.stallBody === true) res.write((reply.body ?? '').slice(0, 1));
      else res.end(reply.body ?? '');
    };
    if (reply.delayMs === undefined) send();
    else setTimeout(send, reply.delayMs).unref();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const scripted: ScriptedServer = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    script: (...replies) => {
      queue.push(...replies);
    },
    fallback: () => ({ status: 500, body: 'no reply scripted' }),
    reset: async () => {
      // Every connection ends here, so a request an earlier test gave up on cannot arrive late
      // (on a loaded machine) and take a reply scripted for the next test. The pause lets the
      // client see its pooled sockets close before it sends again, instead of writing on one.
      server.closeAllConnections();
      queue.length = 0;
      received.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
  return scripted;
}
