import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/run.ts';
import { readCodegenConfig } from './config.ts';

async function configFile(content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'codegen-'));
  const path = join(dir, 'codegen.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('readCodegenConfig', () => {
  it('reads a valid config with defaults for missing lists', async () => {
    const path = await configFile({
      openapi: [{ name: 'feil', input: 'contracts/skatteetaten/felles/feil.yaml' }],
    });
    await expect(readCodegenConfig(path, repoRoot)).resolves.toEqual({
      openapi: [{ name: 'feil', input: 'contracts/skatteetaten/felles/feil.yaml' }],
      jsonSchemas: [],
      data: [],
      include: [],
      informasjonsmodeller: [],
    });
  });

  it('names every wrong key, bad name and missing file in one error', async () => {
    const path = await configFile({
      openapi: [{ name: 'Bad Name', input: 'contracts/nope.yaml' }],
      data: [{ name: 'ok', input: 'contracts/data/feilkoder.json', type: { name: 'X' } }],
      informasjonsmodeller: [2024, '2025'],
      extra: true,
    });
    const error = await readCodegenConfig(path, repoRoot).catch((e: Error) => e.message);
    expect(error).toContain('unknown key "extra"');
    expect(error).toContain('openapi[0].name must match');
    expect(error).toContain('contracts/nope.yaml does not exist');
    expect(error).toContain('data[0].type must be { name, from }');
    expect(error).toContain('informasjonsmodeller[1] must be an income year');
  });

  it('refuses an SDK class name that is not an identifier', async () => {
    const path = await configFile({
      openapi: [
        { name: 'admin', input: 'contracts/simulator/openapi.yaml', sdkClass: 'Simulator Admin' },
      ],
    });
    await expect(readCodegenConfig(path, repoRoot)).rejects.toThrow(
      'openapi[0].sdkClass must be an identifier',
    );
  });

  it('reports malformed JSON with the file name', async () => {
    const path = await configFile('{ nope');
    await expect(readCodegenConfig(path, repoRoot)).rejects.toThrow(path);
  });
});
