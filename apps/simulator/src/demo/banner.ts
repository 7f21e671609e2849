// The persons part of the start banner: the named persons one a line (pinned, shielded, deleted,
// unknown…), then one generated person of every household group, a few to a line, with the admin
// query that finds more like them.

export interface BannerPerson {
  readonly personidentifikator: string;
  readonly beskrivelse: string;
  readonly profile?: string | undefined;
}

/** Groups per line: three columns of `group  personidentifikator` fit in 100 characters. */
const PER_LINE = 3;
const GROUP_WIDTH = 15;

export function personLines(
  persons: readonly BannerPerson[],
  adminUrl: string,
  year: number,
): string[] {
  const lines = persons
    .filter((p) => p.profile === undefined)
    .map((p) => `  Person   ${p.personidentifikator}  ${p.beskrivelse}`);
  const grouped = persons.filter((p) => p.profile !== undefined);
  if (grouped.length === 0) return lines;
  lines.push(
    `  By household group, ${year} (more: ${adminUrl}/persons?profile=<group>&year=${year}&limit=5):`,
  );
  for (let i = 0; i < grouped.length; i += PER_LINE) {
    const cells = grouped
      .slice(i, i + PER_LINE)
      .map((p) => `${(p.profile as string).padEnd(GROUP_WIDTH)}${p.personidentifikator}`);
    lines.push(`    ${cells.join('   ')}`);
  }
  return lines;
}
