// The web console under /_simulator/console: its pages, their scripts and styles, the API docs
// (Swagger UI's two files, copied into dist by the build: no CDN, works offline) and the contracts
// they render. Mounted before the admin guard's token check, because a browser cannot send the
// admin token when it opens a page: nothing here is state or secret (the contracts are public,
// the pages are shells), and every fact a page shows it reads from the admin API with the token.
// The Host check applies as for the admin API, and every answer carries a strict CSP that
// allows only this origin's scripts and no framing.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler, type Response, type Router } from 'express';
import { adminGuard } from '../admin/guard.js';
import { problem } from '../admin/problem.js';
import { contractFile, openApiDocuments } from './contracts.js';
import { CONSOLE_BASE, consoleFacts, pages, renderPage } from './pages.js';

export interface ConsoleOptions {
  /** The Host values the admin API answers to (known once the server listens). */
  readonly allowedHosts: () => ReadonlySet<string>;
}

/** The console's own scripts and styles (shipped in src/, which tsc does not copy to dist/). */
const assetsDir = fileURLToPath(new URL('../../src/console/assets/', import.meta.url));

/**
 * Where the docs page's Swagger UI files are: copied into dist/console/swagger-ui/ by the build
 * (build/vendor-swagger-ui.ts), so an installed simulator does not need swagger-ui-dist (12.5 MB);
 * running from src/ in this repository, the dev dependency itself.
 */
function findSwaggerUiDir(): string {
  const built = fileURLToPath(new URL('./swagger-ui/', import.meta.url));
  if (existsSync(join(built, 'swagger-ui-bundle.js'))) return built;
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}
const swaggerUiDir = findSwaggerUiDir();
/** The two files of swagger-ui-dist the docs page loads (the package holds 12 MB more). */
const swaggerUiFiles = new Set(['swagger-ui-bundle.js', 'swagger-ui.css']);

/**
 * Only this origin's scripts, styles, images and requests; no plugins, no <base>, no framing (a
 * page on another site cannot overlay the console's buttons).
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', CONSOLE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  next();
};

function sendHtml(res: Response, html: string): void {
  res.setHeader('cache-control', 'no-store');
  res.type('html').send(html);
}

export function createConsoleRouter(options: ConsoleOptions): Router {
  const r = express.Router({ strict: true });
  // A GET passes the Host check only; the token is for the admin API the pages call.
  r.use(adminGuard({ allowedHosts: options.allowedHosts }));
  r.use(securityHeaders);
  const facts = consoleFacts();
  for (const page of pages) {
    r.get(page.path, async (_req, res) => {
      const extra = page.script === 'docs.js' ? { contracts: await openApiDocuments() } : {};
      sendHtml(res, renderPage(page, { ...facts, ...extra }));
    });
  }
  r.use(
    '/assets',
    express.static(assetsDir, {
      index: false,
      // Revalidated on every load (ETag), so a new version of the simulator is seen at once.
      setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
    }),
  );
  r.get('/vendor/swagger-ui/:file', (req, res, next) => {
    const file = req.params.file;
    if (!swaggerUiFiles.has(file)) return next();
    res.setHeader('cache-control', 'public, max-age=3600');
    // root: the package lives below node_modules/.pnpm, a dot folder send() refuses in a path.
    res.sendFile(file, { root: swaggerUiDir });
  });
  r.get('/contracts/*path', async (req, res, next) => {
    const path = ([] as string[]).concat(req.params.path).join('/');
    const file = await contractFile(path);
    if (file === undefined) return next();
    res.setHeader('cache-control', 'no-cache');
    res.type(file.contentType).send(file.body);
  });
  // Anything else the console does not have; a state change goes on to the admin API's guard.
  r.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    problem(res, 404, 'Not found', `the console has no ${req.originalUrl.split('?')[0]}`);
  });
  return r;
}

export { CONSOLE_BASE };
