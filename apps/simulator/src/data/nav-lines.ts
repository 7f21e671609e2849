// The lines of pensions and benefits in one month: old-age pension and the spells of profile.ts
// (AAP, uføretrygd, dagpenger, sick pay, overgangsstønad, omstillingsstønad, survivors' and
// children's pensions, AFP, tjenestepensjon, skjermingstillegg) as the a-ordning reports them.
// Only codes valid in the month are used (`erBeskrivelseGyldig`, through codes.ts); a kind whose codes are not yet
// valid (omstillingsstønad before 2024, skjermingstillegg before August 2022) pays nothing.
import type { Inntekt } from '@skattedeling/inntekt';
import type { Inntektstype } from '@skattedeling/inntekt/kodelister';
import { monthIndex, yearOf } from './calendar.js';
import { isValidIn } from './codes.js';
import { grunnbeloep, wageIndex } from './parameters.js';
import { incomeChangeIn, type Profile, type Spell, type SpellKind } from './profile.js';
import { kroner } from './random.js';

type Line = {
  readonly type: Exclude<Inntektstype, 'loennsinntekt'>;
  readonly codes: readonly string[];
};

/** The income type and code of each kind; where several are listed, the first valid one. */
const LINES: Readonly<Record<SpellKind, Line>> = {
  aap: { type: 'ytelseFraOffentlige', codes: ['arbeidsavklaringspenger'] },
  ufoeretrygd: { type: 'ytelseFraOffentlige', codes: ['ufoeretrygd'] },
  dagpenger: { type: 'ytelseFraOffentlige', codes: ['dagpengerVedArbeidsloeshet'] },
  sykepenger: { type: 'ytelseFraOffentlige', codes: ['sykepenger'] },
  sykepengerNaering: { type: 'naeringsinntekt', codes: ['sykepenger'] },
  overgangsstoenad: {
    type: 'ytelseFraOffentlige',
    codes: ['overgangsstoenadTilEnsligMorEllerFarSomBegynteAaLoepe1April2014EllerSenere'],
  },
  omstillingsstoenad: { type: 'ytelseFraOffentlige', codes: ['omstillingsstoenad'] },
  etterlattepensjon: { type: 'pensjonEllerTrygd', codes: ['etterlattepensjon'] },
  // The 2024 rules brought a code of their own; the old one stays valid for earlier cases.
  barnepensjon: { type: 'pensjonEllerTrygd', codes: ['barnepensjonFra2024', 'barnepensjon'] },
  afp: { type: 'pensjonEllerTrygd', codes: ['avtalefestetPensjon'] },
  tjenestepensjon: { type: 'pensjonEllerTrygd', codes: ['pensjonOgLivrenterIArbeidsforhold'] },
  skjermingstillegg: { type: 'pensjonEllerTrygd', codes: ['alderspensjonSkjermingstillegg'] },
};

const JULY_2023 = monthIndex(2023, 7);
const JANUARY_2024 = monthIndex(2024, 1);

/**
 * A spell's yearly amount in G in month `m`. Overgangsstønad is 2 G, 2.25 G from July 2023;
 * barnepensjon 0.4 G for one child until 2023 and 1 G under the 2024 rules; for these two the
 * spell's level is the share of the full rate (the benefit is reduced by income).
 */
export function levelIn(spell: Spell, m: number): number {
  if (spell.kind === 'overgangsstoenad') return spell.level * (m >= JULY_2023 ? 2.25 : 2);
  if (spell.kind === 'barnepensjon') return spell.level * (m >= JANUARY_2024 ? 1 : 0.4);
  return spell.level;
}

function line(type: Line['type'], beskrivelse: string, beloep: number): Inntekt {
  const base = {
    fordel: 'kontantytelse',
    utloeserArbeidsgiveravgift: false,
    inngaarIGrunnlagForTrekk: true,
    beloep,
  } as const;
  if (type === 'ytelseFraOffentlige') return { ...base, ytelseFraOffentlige: { beskrivelse } };
  if (type === 'naeringsinntekt') return { ...base, naeringsinntekt: { beskrivelse } };
  return { ...base, pensjonEllerTrygd: { beskrivelse } };
}

/** The line of a spell in month `m`, or undefined outside it or when no code is valid. */
export function spellLine(spell: Spell, m: number): Inntekt | undefined {
  if (m < spell.from || m > spell.to) return undefined;
  const { type, codes } = LINES[spell.kind];
  const code = codes.find((c) => isValidIn(type, c, m));
  if (code === undefined) return undefined;
  const beloep = kroner((levelIn(spell, m) * grunnbeloep(yearOf(m))) / 12);
  return beloep > 0 ? line(type, code, beloep) : undefined;
}

/**
 * NAV's lines in month `m`: old-age pension, the dagpenger a fixture's income change sets, and
 * every spell NAV pays (all but tjenestepensjon, which pension funds pay).
 */
export function navLines(profile: Profile, m: number): Inntekt[] {
  const lines: Inntekt[] = [];
  const pension = profile.pension;
  if (
    pension !== undefined &&
    m >= pension.start &&
    isValidIn('pensjonEllerTrygd', 'alderspensjon', m)
  )
    lines.push(
      line(
        'pensjonEllerTrygd',
        'alderspensjon',
        kroner((pension.yearlyRef * wageIndex(yearOf(m))) / 12),
      ),
    );
  const change = incomeChangeIn(profile, m);
  const beforePension = pension === undefined || m < pension.start;
  if (
    change !== undefined &&
    change.dagpengerPerMonth > 0 &&
    beforePension &&
    isValidIn('ytelseFraOffentlige', 'dagpengerVedArbeidsloeshet', m)
  )
    lines.push(line('ytelseFraOffentlige', 'dagpengerVedArbeidsloeshet', change.dagpengerPerMonth));
  for (const spell of profile.spells) {
    if (spell.kind === 'tjenestepensjon') continue;
    const l = spellLine(spell, m);
    if (l !== undefined) lines.push(l);
  }
  return lines;
}
