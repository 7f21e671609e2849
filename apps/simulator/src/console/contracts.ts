// The contracts the console's API docs show: every OpenAPI document the package ships in
// contracts/ (codegen.json copies them there, with the files they $ref). An OpenAPI document is
// served as JSON with this simulator as its first server, a path on the page's own origin, so
// "try it" calls this simulator whatever name the browser uses; the documented servers follow.
// Files a document $refs are served unchanged, at the same relative place.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** contracts/ of the package, from src/console/ and dist/console/ alike. */
export const contractsRoot = fileURLToPath(new URL('../../contracts/', import.meta.url));

/** The simulator's own address as the contracts write it. */
const DOCUMENTED_SIMULATOR = 'http://127.0.0.1:5280';

export interface ContractFile {
  /** Path below contracts/ with forward slashes, e.g. `simulator/openapi.yaml`. */
  readonly path: string;
  /** The OpenAPI document's `info.title`; undefined for a file that is not one. */
  readonly title: string | undefined;
  /** What the console serves: JSON for an OpenAPI document, the file's own bytes otherwise. */
  readonly body: Buffer;
  readonly contentType: string;
}

interface Server {
  readonly url: string;
  readonly description?: string;
}

/** The servers with the documented simulator first, as a path on the page's own origin. */
export function serversForDocs(servers: readonly Server[] | undefined): Server[] {
  const list = servers ?? [];
  const own = list.find((s) => s.url.startsWith(DOCUMENTED_SIMULATOR));
  if (own === undefined) return [...list];
  const path = own.url.slice(DOCUMENTED_SIMULATOR.length).replace(/\/$/, '') || '/';
  return [{ url: path, description: 'This simulator' }, ...list.filter((s) => s !== own)];
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const isOpenApi = (path: string) => /(^|\/)openapi[^/]*\.yaml$/.test(path);

async function load(path: string): Promise<ContractFile> {
  const bytes = await readFile(join(contractsRoot, path));
  if (!isOpenApi(path))
    return {
      path,
      title: undefined,
      body: bytes,
      contentType: path.endsWith('.json') ? 'application/json' : 'application/yaml',
    };
  const doc = parse(bytes.toString('utf8')) as { info?: { title?: string }; servers?: Server[] };
  const served = { ...doc, servers: serversForDocs(doc.servers) };
  return {
    path,
    title: doc.info?.title ?? path,
    body: Buffer.from(JSON.stringify(served)),
    contentType: 'application/json',
  };
}

let paths: Promise<readonly string[]> | undefined;
const files = new Map<string, Promise<ContractFile>>();

/** A contract file by its path below contracts/, read once; undefined for any other path. */
export async function contractFile(path: string): Promise<ContractFile | undefined> {
  paths ??= filesBelow(contractsRoot);
  if (!(await paths).includes(path)) return undefined;
  let file = files.get(path);
  if (file === undefined) {
    file = load(path);
    files.set(path, file);
  }
  return file;
}

/**
 * The OpenAPI documents with their titles, the simulator's own first, then by title. Titles are
 * read off the `info` block's first lines, so listing does not parse every document.
 */
export async function openApiDocuments(): Promise<{ path: string; title: string }[]> {
  paths ??= filesBelow(contractsRoot);
  const docs = await Promise.all(
    (await paths).filter(isOpenApi).map(async (path) => {
      const text = await readFile(join(contractsRoot, path), 'utf8');
      const title = /^info:\s*\n(?:[ \t]+.*\n)*?[ \t]+title:[ \t]*(.+)$/m.exec(text)?.[1];
      return { path, title: title?.trim().replace(/^(['"])(.*)\1$/, '$2') ?? path };
    }),
  );
  const own = (p: string) => (p.startsWith('simulator/') ? 0 : p.startsWith('altinn/') ? 1 : 2);
  return docs.sort((a, b) => own(a.path) - own(b.path) || a.title.localeCompare(b.title));
}
