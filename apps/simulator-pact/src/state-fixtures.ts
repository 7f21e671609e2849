// What the data states pin, as the simulator's fixture documents (its data README's format): a
// person's document is built up state by state in the interaction's context and sent whole, in
// the interaction's own test run. A state that names data pins it, so the promise holds for any
// synthetic person, year or period, not only for those whose generated data happens to fit.

import type { InteractionContext } from './interactions.js';
import type { StateDeps } from './states.js';

type Document = Record<string, unknown>;

/** Applies `change` to the person's fixture document of this interaction and sends it whole. */
export async function pin(
  context: InteractionContext,
  deps: StateDeps,
  personidentifikator: string,
  change: (doc: Document) => void,
): Promise<void> {
  const doc = context.fixtures.get(personidentifikator) ?? {};
  change(doc);
  context.fixtures.set(personidentifikator, doc);
  await deps.admin.putFixture(context.run, personidentifikator, doc);
}

/** The object under `key`, created when missing (or when it held a status string). */
export function section(doc: Document, key: string): Document {
  const existing = doc[key];
  if (existing !== null && typeof existing === 'object') return existing as Document;
  const created: Document = {};
  doc[key] = created;
  return created;
}

/** Marks the oppgjoer of `year` as published: the simulator serves its generated body. */
export function oppgjoerPublished(doc: Document, year: string): void {
  section(section(doc, 'summertSkattegrunnlag'), year).oppgjoer = 'publisert';
}

/** Every month from `fraOgMed` to `tilOgMed`, both included (at most 120). */
export function monthsBetween(fraOgMed: string, tilOgMed: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const from = index(fraOgMed);
  const to = index(tilOgMed);
  if (to < from) throw new Error(`fraOgMed ${fraOgMed} is after tilOgMed ${tilOgMed}`);
  if (to - from > 120)
    throw new Error(`the period ${fraOgMed}–${tilOgMed} is longer than 120 months`);
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/** The employer of a pinned salary (the legal entity and its underenhet; synthetic numbers). */
export const pinnedEmployer = { opplysningspliktigId: '345178708', virksomhetId: '310280771' };
/** A month's pinned fixed salary, whole kroner. */
export const pinnedMonthlySalary = 45_000;

/** One employer's report of a month's fixed salary, as the a-ordning has it. */
export function salaryReport(personidentifikator: string, maaned: string): Document {
  return {
    ...pinnedEmployer,
    kalendermaaned: maaned,
    inntektsmottaker: { personidentifikator },
    inntekt: [
      {
        fordel: 'kontantytelse',
        utloeserArbeidsgiveravgift: true,
        inngaarIGrunnlagForTrekk: true,
        beloep: pinnedMonthlySalary,
        loennsinntekt: { beskrivelse: 'fastloenn' },
      },
    ],
  };
}
