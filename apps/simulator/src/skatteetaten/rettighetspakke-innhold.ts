// The one place where Summert skattegrunnlag answers get the content of the caller's rights
// package (@skattedeling/summert-skattegrunnlag's filter over a content document): applied to a
// generated or pinned body before it is serialised and cached, so an answer's cache key names the
// content it was made with. The document in force starts as the shipped defaults or the file
// given with --rettighetspakke-innhold, and the admin API may replace it until a reset.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  type Filtrering,
  innholdFor,
  type RettighetspakkeInnhold,
  type RettighetspakkeInnholdDokument,
  rettighetspakkeFilter,
  standardRettighetspakkeInnhold,
  validateRettighetspakkeInnhold,
} from '@skattedeling/summert-skattegrunnlag';
import { ConfigError } from '../config/load.js';
import type { CachedAnswer } from '../context.js';

/** The content document in force, what it started as, and a cache-key part per package. */
export class InnholdRegister {
  readonly #start: RettighetspakkeInnholdDokument;
  #current: RettighetspakkeInnholdDokument;
  readonly #keys = new Map<string, string>();

  constructor(start: RettighetspakkeInnholdDokument) {
    this.#start = start;
    this.#current = start;
  }

  get dokument(): RettighetspakkeInnholdDokument {
    return this.#current;
  }

  replace(dokument: RettighetspakkeInnholdDokument): void {
    this.#current = dokument;
    this.#keys.clear();
  }

  /** Gives `rettighetspakke` (any case) an entry of its own. */
  setPakke(rettighetspakke: string, innhold: RettighetspakkeInnhold): void {
    const rettighetspakker = { ...this.#current.rettighetspakker };
    rettighetspakker[rettighetspakke.toLowerCase()] = innhold;
    this.replace({ ...this.#current, rettighetspakker });
  }

  /** Removes the package's own entry (it then gets the standard); false when it had none. */
  deletePakke(rettighetspakke: string): boolean {
    if (innholdFor(rettighetspakke, this.#current).kilde !== 'egen') return false;
    const key = rettighetspakke.toLowerCase();
    const rettighetspakker = Object.fromEntries(
      Object.entries(this.#current.rettighetspakker).filter(([name]) => name !== key),
    );
    this.replace({ ...this.#current, rettighetspakker });
    return true;
  }

  /** Back to the content the simulator started with. */
  reset(): void {
    this.replace(this.#start);
  }

  /**
   * A short hash of what decides the package's answers (its rules, the concepts and the follow
   * rules; not its remarks), so packages with the same rules share cached answers and a changed
   * content never meets an answer made under the old one.
   */
  cacheKey(rettighetspakke: string): string {
    const name = rettighetspakke.toLowerCase();
    let key = this.#keys.get(name);
    if (key === undefined) {
      const { innhold } = innholdFor(name, this.#current);
      const { grunnlag, unntatt, spesifisering, andeler } = innhold;
      const rules = [grunnlag, unntatt, spesifisering, andeler, this.#current.foelger];
      const begreper = Object.entries(this.#current.begreper).map(([n, b]) => [n, b.tekniskNavn]);
      key = createHash('sha256')
        .update(JSON.stringify([rules, begreper]))
        .digest('base64url')
        .slice(0, 16);
      this.#keys.set(name, key);
    }
    return key;
  }

  filtrer<B extends object>(rettighetspakke: string, body: B): Filtrering<B> {
    return rettighetspakkeFilter(rettighetspakke, this.#current).filtrer(body);
  }
}

/**
 * The file given with --rettighetspakke-innhold, checked completely; a file that cannot be used
 * stops start-up with one line naming the key, the file and the first problems.
 */
export async function loadRettighetspakkeInnhold(
  path: string | undefined,
): Promise<RettighetspakkeInnholdDokument> {
  if (path === undefined) return standardRettighetspakkeInnhold;
  const fail = (problem: string): never => {
    throw new ConfigError(
      `Invalid configuration: rettighetspakkeInnhold = ${JSON.stringify(path)}: ${problem}`,
    );
  };
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const result = validateRettighetspakkeInnhold(value);
  if (!result.ok) {
    const shown = result.errors.slice(0, 3).map((e) => `${e.path || '(root)'}: ${e.message}`);
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
    fail(`must follow rettighetspakke-innhold.schema.json: ${shown.join('; ')}${more}`);
  }
  return value as RettighetspakkeInnholdDokument;
}

/** A journal step's detail is cut at 500 characters; a rule's names are split to stay under. */
const STEP = 450;

/**
 * The journal lines of a filtering: first whose content applied and what it did, then one line
 * per rule with the items it withheld (split when long), so no name is cut off.
 */
export function describeFiltering(f: Filtrering<unknown>): string[] {
  const { rettighetspakke, kilde, innhold } = f.pakke;
  const whose = `${rettighetspakke} (${kilde === 'egen' ? 'own entry' : 'standard'}, ${innhold.bekreftet ? 'confirmed' : 'unconfirmed'})`;
  const byRule = new Map<string, string[]>();
  for (const t of f.tilbakeholdt) {
    const name = t.liste === 'grunnlag' ? t.tekniskNavn : `${t.liste}.${t.tekniskNavn}`;
    const names = byRule.get(t.regel);
    if (names === undefined) byRule.set(t.regel, [name]);
    else names.push(name);
  }
  const did = [
    f.tilbakeholdt.length === 0 ? 'nothing withheld' : `withheld ${f.tilbakeholdt.length}`,
    f.utenSpesifisering > 0 ? `spesifisering removed from ${f.utenSpesifisering}` : '',
    f.utenAndeler > 0 ? `andel… fields removed from ${f.utenAndeler}` : '',
  ].filter((part) => part !== '');
  const lines = [`${whose}: ${did.join('; ')}`];
  for (const [regel, names] of byRule) {
    let line = '';
    for (const name of names) {
      if (line !== '' && line.length + name.length + regel.length > STEP) {
        lines.push(`${line} by ${regel}`);
        line = '';
      }
      line = line === '' ? name : `${line}, ${name}`;
    }
    lines.push(`${line} by ${regel}`);
  }
  return lines;
}

// The journal lines of a cached answer, kept beside it for as long as the cache keeps the answer.
const trails = new WeakMap<CachedAnswer, readonly string[]>();

/** Remembers the journal lines of the filtering `answer` was made with. */
export function rememberTrail(answer: CachedAnswer, lines: readonly string[]): CachedAnswer {
  trails.set(answer, lines);
  return answer;
}

export function trailOf(answer: CachedAnswer): readonly string[] {
  return trails.get(answer) ?? [];
}
