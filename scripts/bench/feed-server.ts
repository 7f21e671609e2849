// The list the feed benchmark reads (scripts/bench/feed.ts): a bare node:http server serving
// `GET /skatteoppgjoerhendelser/v1/hendelser?fraSekvensnummer&antall` from <count> synthetic
// events, sequence numbers 1, 4, 7, … (gaps, as the real lists have), 404 FA-005 past the end.
// Each page is serialised once and then served from memory, so the server costs the same for
// every reader. Usage: node scripts/bench/feed-server.ts <port> <count>
import { createServer } from 'node:http';

const [port, count] = process.argv.slice(2).map(Number);
if (!Number.isInteger(port) || !Number.isInteger(count)) {
  console.error('usage: node scripts/bench/feed-server.ts <port> <count>');
  process.exit(2);
}
const total = count as number;
const step = 3;
const fa005 = Buffer.from(
  JSON.stringify({
    kode: 'FA-005',
    melding: 'Ingen hendelser funnet for oppgitt input.',
    korrelasjonsid: 'b067c8a9-c435-46e7-9cf3-6e7f8091a2b3',
  }),
);
const pages = new Map<string, Buffer>();

function event(index: number) {
  const day = String(1 + (index % 28)).padStart(2, '0');
  return {
    sekvensnummer: 1 + step * index,
    identifikator: String(10_000_000_000 + index * 7919).slice(0, 11),
    gjelderPeriode: '2025',
    registreringstidspunkt: `2026-04-${day}T09:29:16.${String(index % 1_000_000).padStart(6, '0')}Z`,
    hendelsetype: 'NY',
  };
}

function page(fra: number, antall: number): Buffer | undefined {
  const key = `${fra}:${antall}`;
  let body = pages.get(key);
  if (body === undefined) {
    const first = Math.max(0, Math.ceil((fra - 1) / step));
    if (first >= total) return undefined;
    const last = Math.min(total, first + antall);
    const hendelser = [];
    for (let i = first; i < last; i++) hendelser.push(event(i));
    body = Buffer.from(JSON.stringify({ hendelser }));
    pages.set(key, body);
  }
  return body;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fra = Number(url.searchParams.get('fraSekvensnummer'));
  const antall = Number(url.searchParams.get('antall'));
  const body =
    url.pathname === '/skatteoppgjoerhendelser/v1/hendelser' ? page(fra, antall) : undefined;
  res.writeHead(body === undefined ? 404 : 200, {
    'content-type': 'application/json',
    'content-length': (body ?? fa005).length,
  });
  res.end(body ?? fa005);
}).listen(port, '127.0.0.1');
