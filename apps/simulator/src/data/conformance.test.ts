// Every generated body conforms to the contracts and the information model of its year, and its
// totals and specifications agree with their parts, over a few hundred person-years of all kinds
// of persons. year-true.test.ts checks the names of many more persons in every stage.
import { type Inntekt, maanedAv, validateInntekter } from '@skattedeling/inntekt';
import { erBeskrivelseGyldig, inntektstyper } from '@skattedeling/inntekt/kodelister';
import type { Grunnlag, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import {
  validateInformasjonsmodell,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';
import {
  mod11CheckDigit,
  parseOrganisasjonsnummer,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  type Concept,
  createDataSource,
  roleOf,
  STRENGT_FORTROLIGE,
  tekniskNavn,
} from './index.js';

// Far enough ahead that every year up to 2030 is settled and every month is complete.
const ds = createDataSource({ seed: 'conformance', today: () => new Date('2031-06-15T12:00:00Z') });

const persons = [
  ...Array.from({ length: 30 }, (_, i) =>
    syntheticFoedselsnummer(`fnr${i}`, { bornFrom: '1945-01-01', bornTo: '2006-12-31' }),
  ),
  ...Array.from({ length: 8 }, (_, i) =>
    syntheticFoedselsnummer(`old${i}`, { bornFrom: '1930-01-01', bornTo: '1958-12-31' }),
  ),
  ...Array.from({ length: 8 }, (_, i) =>
    syntheticDNummer(`dnr${i}`, { bornFrom: '1965-01-01', bornTo: '1998-12-31' }),
  ),
  ...STRENGT_FORTROLIGE.slice(3),
];
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

function bodies(): SummertSkattegrunnlag[] {
  const list: SummertSkattegrunnlag[] = [];
  for (const pid of persons) {
    for (const year of YEARS) {
      for (const stadie of ['oppgjoer', 'fastsatt'] as const) {
        const result = ds.summertSkattegrunnlag(pid, year, stadie);
        if (result.kind === 'data' || result.kind === 'skjermet') list.push(result.body);
      }
    }
  }
  return list;
}

const all = bodies();
const yearOf = (body: SummertSkattegrunnlag) => Number(body.inntektsaar);
const sumOf = (items: readonly Grunnlag[], year: number, concepts: readonly Concept[]) =>
  items
    .filter((g) => concepts.some((c) => tekniskNavn(c, year) === g.tekniskNavn))
    .reduce((s, g) => s + g.beloep, 0);
const amount = (items: readonly Grunnlag[], year: number, concept: Concept) =>
  items.find((g) => g.tekniskNavn === tekniskNavn(concept, year))?.beloep;

describe('Summert skattegrunnlag bodies', () => {
  it('covers at least 200 person-years', () => {
    expect(
      new Set(all.map((b) => `${b.personidentifikator}/${b.inntektsaar}`)).size,
    ).toBeGreaterThanOrEqual(200);
  });

  it('validate against the V2 contract and the information model of their year', () => {
    for (const body of all) {
      const v2 = validateSummertSkattegrunnlag(body);
      expect(v2.ok ? '' : v2.message).toBe('');
      const strict = validateInformasjonsmodell(body);
      expect(strict.ok ? '' : strict.message).toBe('');
      for (const item of body.grunnlag ?? []) expect(Number.isInteger(item.beloep)).toBe(true);
    }
  });

  // The totals are summed by what the items are (naming.ts's role), not by kategori: the tables
  // give some items no kategori (minstefradrag in 2017), some totals one (samletGjeld in 2018),
  // and gains' and losses' oppjustertTillegg… the same one.
  it('have totals that agree with their parts', () => {
    const ofRole = (role: string) => CONCEPTS.filter((c) => roleOf(c) === role);
    for (const body of all) {
      const items = body.grunnlag ?? [];
      const year = yearOf(body);
      const inntekter = sumOf(items, year, ofRole('inntekt'));
      const fradrag = sumOf(items, year, ofRole('fradrag'));
      const formue = sumOf(items, year, ofRole('formue')) - sumOf(items, year, ofRole('rabatt'));
      const gjeld = sumOf(items, year, ofRole('gjeld'));
      expect(amount(items, year, 'totalIncome')).toBe(inntekter);
      expect(amount(items, year, 'totalDeductions')).toBe(fradrag);
      if (year > 2017) {
        expect(amount(items, year, 'ordinaryIncome')).toBe(inntekter - fradrag);
        expect(amount(items, year, 'incomeTaxBasis')).toBe(Math.max(0, inntekter - fradrag));
      }
      expect(amount(items, year, 'grossWealth')).toBe(formue);
      expect(amount(items, year, 'totalDebt')).toBe(gjeld);
      expect(amount(items, year, 'netWealth')).toBe(Math.max(0, formue - gjeld));
      expect(new Set(items.map((g) => g.tekniskNavn)).size).toBe(items.length);
      // Every item is counted in exactly one place: no name outside the table.
      for (const item of items)
        expect(
          CONCEPTS.some((c) => tekniskNavn(c, year) === item.tekniskNavn),
          item.tekniskNavn,
        ).toBe(true);
      for (const item of body.svalbardGrunnlag ?? [])
        expect(item.tekniskNavn).toBe(tekniskNavn('svalbardSalary', year));
    }
  });

  it('carry each oppjustertTillegg… as the amount × (oppjusteringsfaktor − 1)', () => {
    const pairs = [
      ['shareDividend', 'shareDividendUplift'],
      ['shareGain', 'shareGainUplift'],
      ['shareLoss', 'shareLossUplift'],
      ['fundDividend', 'fundDividendUplift'],
      ['fundGain', 'fundGainUplift'],
      ['fundLoss', 'fundLossUplift'],
      ['askGain', 'askGainUplift'],
      ['askLoss', 'askLossUplift'],
      ['partnershipDistribution', 'partnershipDistributionUplift'],
    ] as const;
    const factor: Record<number, number> = {
      2017: 1.24,
      2018: 1.33,
      2019: 1.44,
      2020: 1.44,
      2021: 1.44,
      2022: 1.6,
      2023: 1.72,
      2024: 1.72,
      2025: 1.72,
    };
    let seen = 0;
    for (const body of all) {
      const year = yearOf(body);
      for (const [base, up] of pairs) {
        const a = amount(body.grunnlag ?? [], year, base);
        if (a === undefined) continue;
        seen++;
        expect(amount(body.grunnlag ?? [], year, up), `${year} ${up}`).toBe(
          Math.round(a * ((factor[year] ?? 1.72) - 1)),
        );
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('have specifications that add up to their item and name valid synthetic parties', () => {
    const kontoWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    for (const body of all) {
      const year = yearOf(body);
      // The field of a specification that holds the person's part of the item (see konto.ts).
      const partField: Partial<Record<Concept, string>> = {
        salary: 'beloep',
        oldAgePension: 'pensjonsinntektPerSkattleggingsperiode',
        deposits: year >= 2024 ? 'andelAvInnskudd' : 'innskudd',
        interestEarned: year >= 2024 ? 'andelAvOpptjenteRenter' : 'opptjenteRenter',
        bankDebt: year >= 2021 ? 'andelAvGjeld' : 'gjeld',
        debtInterest: year >= 2021 ? 'andelAvPaaloepteRenter' : 'paaloepteRenter',
        primaryHome: 'formuesverdiForFormuesandel',
        secondaryHome: 'formuesverdiForFormuesandel',
        vehicle: 'formuesverdi',
        contractualPension: 'pensjonsinntektPerSkattleggingsperiode',
        occupationalPension: 'pensjonsinntektPerSkattleggingsperiode',
        youthProgrammeBenefit: 'beloep',
        businessSurplus: 'naeringsinntektTilordnetInnehaver',
        askCash: 'formuesverdiForKontanter',
        askShares: 'verdiFoerVerdsettingsrabattForAksjedel',
      };
      for (const item of body.grunnlag ?? []) {
        const specs = item.spesifisering ?? [];
        // 2017 publishes no specification types.
        if (year === 2017) expect(specs).toEqual([]);
        const concept = (Object.keys(partField) as Concept[]).find(
          (c) => tekniskNavn(c, year) === item.tekniskNavn,
        );
        const field = concept === undefined ? undefined : partField[concept];
        // Items whose year allows no specification of the type carry none (year-model.ts).
        if (year > 2017 && field !== undefined && specs.length > 0)
          expect(
            specs.reduce((s, spec) => s + Number(spec[field] ?? 0), 0),
            `${year} ${item.tekniskNavn}`,
          ).toBe(item.beloep);
        for (const spec of specs) {
          if (typeof spec.organisasjonsnummer === 'string') {
            const org = parseOrganisasjonsnummer(spec.organisasjonsnummer);
            expect(org.ok && org.synthetic, spec.organisasjonsnummer).toBe(true);
          }
          if (typeof spec.kontonummer === 'string') {
            expect(spec.kontonummer).toMatch(/^\d{11}$/);
            const digits = Array.from(spec.kontonummer, Number);
            expect(mod11CheckDigit(digits.slice(0, 10), kontoWeights)).toBe(digits[10]);
          }
        }
      }
    }
  });

  it('carry the Konto fields of their year: separate, with the debt share from 2021, combined from 2024', () => {
    const head = ['type', 'kontonummer', 'bankensNavn', 'organisasjonsnummer'];
    const deposit = [...head, 'innskudd', 'opptjenteRenter'];
    const debt = [...head, 'gjeld', 'paaloepteRenter'];
    const share = [
      'prosentandelAvGjeldOgPaaloepteRenter',
      'andelAvGjeld',
      'andelAvPaaloepteRenter',
    ];
    const combined = [
      ...deposit,
      'gjeld',
      'paaloepteRenter',
      ...share,
      'andelAvInnskudd',
      'andelAvOpptjenteRenter',
    ];
    const shapes = new Map<number, Set<string>>();
    for (const body of all) {
      const year = yearOf(body);
      for (const item of body.grunnlag ?? [])
        for (const spec of item.spesifisering ?? [])
          if (spec.type === 'Konto')
            shapes.set(year, (shapes.get(year) ?? new Set()).add(Object.keys(spec).join(',')));
    }
    const expected = (year: number) =>
      year >= 2024 ? [combined] : year >= 2021 ? [deposit, [...debt, ...share]] : [deposit, debt];
    for (let year = 2018; year <= 2025; year++)
      expect([...(shapes.get(year) ?? [])].sort(), String(year)).toEqual(
        expected(year)
          .map((keys) => keys.join(','))
          .sort(),
      );
    expect(shapes.has(2017)).toBe(false);
  });

  it('date the assessment in the following year; the filed return before 1 May', () => {
    for (const body of all) {
      const next = String(Number(body.inntektsaar) + 1);
      if (body.stadie === 'oppgjoer') {
        expect(body.skatteoppgjoersdato?.slice(0, 4)).toBe(next);
        expect(body.ajourholdstidspunkt?.slice(0, 10)).toBe(body.skatteoppgjoersdato);
      } else {
        expect(body.skatteoppgjoersdato).toBeUndefined();
        expect(body.ajourholdstidspunkt?.slice(0, 4)).toBe(next);
        expect(body.ajourholdstidspunkt?.slice(5, 7) ?? '', body.ajourholdstidspunkt).toMatch(
          /^0[34]$/,
        );
      }
    }
  });

  it('look like a household: salaries, pensions and wealth within plausible bounds', () => {
    const has = (concept: Concept) => (b: SummertSkattegrunnlag) =>
      amount(b.grunnlag ?? [], yearOf(b), concept) !== undefined;
    for (const body of all) {
      const items = body.grunnlag ?? [];
      const year = yearOf(body);
      const loenn = amount(items, year, 'salary') ?? 0;
      expect(loenn).toBeGreaterThanOrEqual(0);
      expect(loenn).toBeLessThan(2_000_000);
      expect(amount(items, year, 'oldAgePension') ?? 0).toBeLessThan(600_000);
      expect(amount(items, year, 'grossWealth')).toBeLessThan(40_000_000);
    }
    for (const concept of [
      'salary',
      'oldAgePension',
      'primaryHome',
      'bankDebt',
      'vehicle',
    ] as const)
      expect(all.filter(has(concept)).length, concept).toBeGreaterThan(10);
  });
});

describe('Inntekt bodies', () => {
  const lines: Array<{ maaned: string; inntekt: Inntekt }> = [];
  const reports = persons.flatMap((pid) => {
    const result = ds.inntekter(pid, '2015-01', '2030-12');
    if (result.kind !== 'data' && result.kind !== 'skjermet') return [];
    const valid = validateInntekter(result.body);
    expect(valid.ok ? '' : valid.message).toBe('');
    return result.body.oppgaveInntektsmottaker.map((o) => ({ pid, o }));
  });
  for (const { o } of reports)
    for (const inntekt of o.inntekt) lines.push({ maaned: o.kalendermaaned ?? '', inntekt });

  it('validate against the Inntekt contract and cover many reports', () => {
    expect(reports.length).toBeGreaterThan(2000);
  });

  it('use only description codes valid in the month of the report', () => {
    for (const { maaned, inntekt } of lines) {
      const type = inntektstyper.find((t) => inntekt[t] !== undefined);
      expect(type).toBeDefined();
      const beskrivelse = type === undefined ? '' : (inntekt[type]?.beskrivelse ?? '');
      const [aar, mnd] = maaned.split('-').map(Number) as [number, number];
      expect(
        erBeskrivelseGyldig(type ?? 'loennsinntekt', beskrivelse, maanedAv(aar, mnd)),
        `${beskrivelse} in ${maaned}`,
      ).toBe(true);
    }
    const codes = new Set(
      lines.map(
        ({ inntekt }) =>
          inntekt.loennsinntekt?.beskrivelse ?? inntekt.pensjonEllerTrygd?.beskrivelse,
      ),
    );
    for (const code of [
      'fastloenn',
      'timeloenn',
      'overtidsgodtgjoerelse',
      'feriepenger',
      'trekkILoennForFerie',
      'bonus',
      'bil',
      'kilometergodtgjoerelseBil',
      'alderspensjon',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('pay feriepenger in June (or with the last salary) and name a company car by its plate and list price', () => {
    for (const { maaned, inntekt } of lines) {
      if (inntekt.loennsinntekt?.beskrivelse === 'trekkILoennForFerie') {
        expect(maaned.endsWith('-06')).toBe(true);
        expect(inntekt.beloep).toBeLessThan(0);
      }
      if (inntekt.loennsinntekt?.beskrivelse === 'bil') {
        expect(inntekt.fordel).toBe('naturalytelse');
        expect(
          inntekt.loennsinntekt.tilleggsinformasjon?.bilOgBaat?.listeprisForBil,
        ).toBeGreaterThan(0);
      }
      if (inntekt.fordel === 'utgiftsgodtgjoerelse') {
        expect(inntekt.inngaarIGrunnlagForTrekk || inntekt.utloeserArbeidsgiveravgift).toBe(false);
      }
    }
  });

  it('come from synthetic organisations: the legal entity reports, the sub-unit is where the person works', () => {
    for (const { o } of reports) {
      for (const id of [o.opplysningspliktigId, o.virksomhetId]) {
        const org = parseOrganisasjonsnummer(id);
        expect(org.ok && org.synthetic, id).toBe(true);
      }
      expect(o.virksomhetId).not.toBe(o.opplysningspliktigId);
    }
  });
});
