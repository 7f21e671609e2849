// The README's configuration table must list every option, so the docs cannot drift from --help.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { options } from './options.js';

describe('README configuration table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it.each(options.map((o) => [o.key, o]))(
    'documents %s with its flag and environment variable',
    (_key, o) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${o.key}\` |`));
      expect(row, `no row for ${o.key}`).toBeDefined();
      expect(row).toContain(`\`${o.flag}\``);
      expect(row).toContain(`\`${o.env}\``);
    },
  );
});
