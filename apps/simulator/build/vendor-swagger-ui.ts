// Build step: copies the two files of swagger-ui-dist that the console's API docs page loads (and
// the licence) into dist/console/swagger-ui/. The package installs 12.5 MB; a vendor installing
// the simulator gets only these 1.9 MB, and swagger-ui-dist stays a dev dependency.
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const from = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const to = fileURLToPath(new URL('../dist/console/swagger-ui/', import.meta.url));
await mkdir(to, { recursive: true });
for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE']) {
  await copyFile(join(from, file), join(to, file));
}
