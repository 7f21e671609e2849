// A script for processes.test.ts. `leaf`: starts a grandchild the way a shell wrapper does (a plain
// child, no exec), prints its pid and idles. `hold` / `throw`: starts `leaf` as a helper
// (lib/processes.ts), prints {"helper": pid, "grandchild": pid}, then idles or fails.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startNode } from './processes.ts';

const idle = () => setInterval(() => {}, 60_000);
const mode = process.argv[2];

if (mode === 'leaf') {
  const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], {
    stdio: 'ignore',
  });
  console.log(String(grandchild.pid));
  idle();
} else {
  const helper = startNode([fileURLToPath(import.meta.url), 'leaf'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) =>
    helper.child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  console.log(JSON.stringify({ helper: helper.pid, grandchild: Number(line) }));
  if (mode === 'throw') throw new Error('the script fails after starting its helper');
  idle();
}
