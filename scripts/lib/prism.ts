// Stoplight Prism's validation proxy as a helper process of a script (see prism-check.ts): run as
// its real JavaScript file with this Node in a group of its own, so stopping it, or the script
// ending in any way, ends it (lib/processes.ts).
import { join } from 'node:path';
import { binScript, type Helper, startNode } from './processes.ts';
import { repoRoot } from './run.ts';

/** `prism <command> <contract> [upstream]` on 127.0.0.1:`port`, stderr piped (for errors). */
function startPrism(args: readonly string[], port: number): Helper {
  return startNode(
    [
      binScript('@stoplight/prism-cli', 'prism'),
      ...args,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--errors=false',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

/** Starts `prism proxy <contract> <upstream>` on 127.0.0.1:`port` (it is ready when it answers). */
export function startPrismProxy(contract: string, upstream: string, port: number): Helper {
  return startPrism(['proxy', join(repoRoot, contract), upstream], port);
}

/** Starts `prism mock <contract>` on 127.0.0.1:`port`: static examples, no upstream. */
export function startPrismMock(contract: string, port: number): Helper {
  return startPrism(['mock', join(repoRoot, contract)], port);
}
