// The workspace's packages, read from their manifests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './run.ts';

export interface WorkspacePackage {
  name: string;
  dir: string;
  private: boolean;
  generated: boolean;
}

export function workspacePackages(): WorkspacePackage[] {
  const list: WorkspacePackage[] = [];
  for (const parent of ['packages', 'apps']) {
    for (const entry of readdirSync(join(repoRoot, parent), { withFileTypes: true })) {
      const dir = join(repoRoot, parent, entry.name);
      const manifestPath = join(dir, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        name: string;
        private?: boolean;
      };
      list.push({
        name: manifest.name,
        dir,
        private: manifest.private === true,
        generated: existsSync(join(dir, 'codegen.json')),
      });
    }
  }
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every OpenAPI document under contracts/. */
export function openApiDocuments(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^openapi.*\.ya?ml$/.test(entry.name)) found.push(path);
    }
  };
  walk('contracts');
  return found.sort();
}
