// Reading pact files: which files a path names, and what each holds (consumer, provider,
// interactions with their provider states). Only what verification and the contract check need;
// the Pact core reads the files itself for the actual verification.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface PactState {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface PactInteraction {
  readonly index: number;
  readonly description: string;
  readonly states: readonly PactState[];
  readonly method: string | undefined;
  readonly path: string | undefined;
  /** The path is filled from a provider state's value (a `ProviderState` generator). */
  readonly pathFromState: boolean;
  readonly status: number | undefined;
  /** The interaction as written in the file. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface PactFile {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  readonly specification: string | undefined;
  readonly interactions: readonly PactInteraction[];
  /** The whole document, for the contract check. */
  readonly document: Readonly<Record<string, unknown>>;
}

export class PactFileError extends Error {
  override readonly name = 'PactFileError';
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function statesOf(interaction: Record<string, unknown>): PactState[] {
  // V3/V4: providerStates [{ name, params }]; V2: providerState "name".
  const list = interaction.providerStates;
  if (Array.isArray(list)) {
    return list.map((s) => {
      const state = record(s) ?? {};
      return { name: String(state.name ?? ''), params: record(state.params) ?? {} };
    });
  }
  return typeof interaction.providerState === 'string'
    ? [{ name: interaction.providerState, params: {} }]
    : [];
}

export function parsePactDocument(document: unknown, file: string): PactFile {
  const doc = record(document);
  const consumer = record(doc?.consumer)?.name;
  const provider = record(doc?.provider)?.name;
  if (
    doc === undefined ||
    typeof consumer !== 'string' ||
    typeof provider !== 'string' ||
    !Array.isArray(doc.interactions)
  ) {
    throw new PactFileError(
      `${file}: not a pact file (needs consumer.name, provider.name and interactions)`,
    );
  }
  const metadata = record(doc.metadata);
  const specification =
    (record(metadata?.pactSpecification)?.version as string | undefined) ??
    (record(metadata?.['pact-specification'])?.version as string | undefined);
  const interactions = doc.interactions.map((value, index): PactInteraction => {
    const interaction = record(value) ?? {};
    const request = record(interaction.request);
    const response = record(interaction.response);
    return {
      index,
      description: String(interaction.description ?? `interaction ${index}`),
      states: statesOf(interaction),
      method: typeof request?.method === 'string' ? request.method : undefined,
      path: typeof request?.path === 'string' ? request.path : undefined,
      pathFromState: record(record(request?.generators)?.path)?.type === 'ProviderState',
      status: typeof response?.status === 'number' ? response.status : undefined,
      raw: interaction,
    };
  });
  return { file, consumer, provider, specification, interactions, document: doc };
}

export async function readPactFile(file: string): Promise<PactFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PactFileError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new PactFileError(`${file}: not JSON (${(error as Error).message})`);
  }
  return parsePactDocument(document, file);
}

/**
 * The pact files a list of paths names: a folder gives its `*.json` files (sorted, not
 * recursive), a file gives itself. Throws when a path does not exist or nothing is found.
 */
export async function findPactFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch {
      throw new PactFileError(`${path}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(absolute)).filter((n) => n.endsWith('.json')).sort();
      files.push(...names.map((n) => join(absolute, n)));
    } else files.push(absolute);
  }
  if (files.length === 0) throw new PactFileError(`no pact files (*.json) in ${paths.join(', ')}`);
  return [...new Set(files)];
}
