// The verification report for people: per pact file a line, per failed interaction its states,
// what differed and why the simulator answered as it did; then the contract check; then one
// verdict line.
import { relative } from 'node:path';
import { providerStates } from '@skattedeling/pact';
import { formatContractReport } from './contract-check.js';
import type { VerifyReport } from './verify.js';

function shortPath(file: string, cwd: string): string {
  if (/^https?:/.test(file)) return file;
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

export function formatVerifyReport(report: VerifyReport, cwd: string = process.cwd()): string {
  const lines: string[] = [];
  lines.push(
    `Provider verification against the simulator${report.simulatorUrl === '' ? '' : ` at ${report.simulatorUrl}`}`,
  );
  let unknownStates = false;
  for (const pact of report.pacts) {
    const verified = pact.interactions.filter((i) => i.ok).length;
    const where = `(${shortPath(pact.file, cwd)})`;
    if (pact.ok) {
      lines.push(
        `  ✔ ${pact.consumer} → ${pact.provider}: ${verified} of ${pact.interactions.length} interactions verified ${where}`,
      );
      continue;
    }
    const counted =
      pact.interactions.length === 0
        ? 'not verified'
        : `${verified} of ${pact.interactions.length} interactions verified`;
    lines.push(`  ✖ ${pact.consumer} → ${pact.provider}: ${counted} ${where}`);
    for (const problem of pact.problems) {
      if (problem.includes('unknown provider state')) unknownStates = true;
      lines.push(`      ✖ ${problem.replace(/; known states are: .*$/, '')}`);
    }
    for (const interaction of pact.interactions.filter((i) => !i.ok)) {
      lines.push(`      ✖ "${interaction.description}"`);
      for (const state of interaction.states) lines.push(`          given ${state}`);
      for (const m of interaction.mismatches) lines.push(`          ${m}`);
      for (const r of interaction.simulatorReasons) lines.push(`          simulator: ${r}`);
    }
  }
  for (const problem of report.problems) lines.push(`  ✖ ${problem}`);
  if (unknownStates) {
    lines.push('', 'Provider states the simulator knows (@skattedeling/pact builds them):');
    for (const s of providerStates) lines.push(`  ${s.name}`);
  }
  if (report.contractCheck !== undefined) {
    lines.push(
      '',
      formatContractReport(report.contractCheck, (f) => shortPath(f, cwd)),
    );
  }
  lines.push('', verdict(report));
  return lines.join('\n');
}

/** The one line a pipeline shows. */
export function verdict(report: VerifyReport): string {
  const files = report.pacts.length;
  const interactions = report.pacts.reduce((n, p) => n + p.interactions.length, 0);
  if (report.ok) {
    const contracts = report.contractCheck === undefined ? '' : ' and their contracts';
    return `✔ ${files} pact file${files === 1 ? '' : 's'} (${interactions} interactions) verified against the simulator${contracts}`;
  }
  const failed = report.pacts.filter((p) => !p.ok).length;
  const broken = report.contractCheck?.results.filter((r) => r.errors.length > 0).length ?? 0;
  const parts: string[] = [];
  if (failed > 0)
    parts.push(`${failed} of ${files} pact file${files === 1 ? '' : 's'} failed verification`);
  if (broken > 0)
    parts.push(
      `${broken} pact file${broken === 1 ? '' : 's'} expect${broken === 1 ? 's' : ''} behaviour the contracts do not have`,
    );
  if (report.problems.length > 0) parts.push(report.problems[0] as string);
  return `✖ ${parts.join('; ')}`;
}
