// The Pact core's verdict, read from its JSON result (`pactffi_verifier_json`): which
// interactions it verified and, for each failure, what differed, in lines a person can read.

interface CoreMismatch {
  readonly type?: string;
  readonly path?: string;
  readonly mismatch?: string;
  readonly description?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
}

interface CoreInteractionResult {
  readonly consumer?: string;
  readonly description?: string;
  readonly result?: string;
  readonly mismatch?: {
    readonly type?: string;
    readonly message?: string;
    readonly mismatches?: readonly CoreMismatch[];
  };
}

function describeMismatch(m: CoreMismatch): string {
  const where = m.path === undefined || m.path === '' ? '' : ` ${m.path}`;
  const what =
    m.mismatch ??
    m.description ??
    `expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
  return `${m.type ?? 'Mismatch'}${where}: ${what}`;
}

/** `$.grunnlag[10].beloep` sorts after `$.grunnlag[9].beloep`. */
function byPath(a: CoreMismatch, b: CoreMismatch): number {
  return (a.path ?? '').localeCompare(b.path ?? '', 'en', { numeric: true });
}

/** Many elements failing the same way (every beloep of a list) read as one line and a count. */
function summarise(mismatches: readonly CoreMismatch[], shown = 3): string[] {
  const sorted = [...mismatches].sort(byPath);
  const groups = new Map<string, CoreMismatch[]>();
  for (const m of sorted) {
    const key = `${m.type}|${(m.path ?? '').replace(/\[\d+\]/g, '[*]')}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const lines: string[] = [];
  for (const group of groups.values()) {
    lines.push(...group.slice(0, shown).map(describeMismatch));
    if (group.length > shown) lines.push(`… and ${group.length - shown} more like it`);
  }
  return lines;
}

/** The Pact core's JSON result (`pactffi_verifier_json`): what failed, by consumer and interaction. */
export function parseCoreResult(text: string): {
  failures: Map<string, string[]>;
  verified: Set<string>;
  parsed: boolean;
} {
  const failures = new Map<string, string[]>();
  const verified = new Set<string>();
  let json: { interactionResults?: CoreInteractionResult[] };
  try {
    json = JSON.parse(text) as { interactionResults?: CoreInteractionResult[] };
  } catch {
    return { failures, verified, parsed: false };
  }
  for (const r of json.interactionResults ?? []) {
    const key = `${r.consumer ?? ''}|${r.description ?? '(unknown interaction)'}`;
    verified.add(key);
    if (r.mismatch === undefined || r.result === 'OK') continue;
    const mismatches = r.mismatch.mismatches ?? [];
    failures.set(
      key,
      mismatches.length > 0
        ? summarise(mismatches)
        : [r.mismatch.message ?? r.mismatch.type ?? 'failed'],
    );
  }
  return { failures, verified, parsed: true };
}
