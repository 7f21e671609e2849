// A follower's position in a file of its own: written to a temporary file and renamed into place,
// so a crash leaves the old number or the new one, never half of one.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PositionStore } from './follow-oppgjoer.js';

export function positionFile(path: string): PositionStore {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      const position = Number(text.trim());
      if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(position))
        throw new Error(
          `${path} does not hold a sekvensnummer (got ${JSON.stringify(text.slice(0, 20))})`,
        );
      return position;
    },
    async save(position) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(`${path}.tmp`, `${position}\n`);
      await rename(`${path}.tmp`, path);
    },
  };
}
