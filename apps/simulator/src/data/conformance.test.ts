// Every generated body conforms to the contracts and the 2021 information model, and its totals
// agree with their parts, over a few hundred person-years of all kinds of persons.
import { type Inntekt, maanedAv, validateInntekter } from '@skattedeling/inntekt';
import { erBeskrivelseGyldig, inntektstyper } from '@skattedeling/inntekt/kodelister';
import type { Grunnlag, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { validateSummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import {
  finnTekniskNavn2021,
  isTekniskNavn2021,
  spesifiseringstyperFor2021,
  validateSummertSkattegrunnlag2021,
} from '@skattedeling/summert-skattegrunnlag/2021';
import {
  mod11CheckDigit,
  parseOrganisasjonsnummer,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { createDataSource, STRENGT_FORTROLIGE } from './index.js';

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
const sum = (items: readonly Grunnlag[], kategori: string) =>
  items.filter((g) => g.kategori === kategori).reduce((s, g) => s + g.beloep, 0);
const amount = (items: readonly Grunnlag[], name: string) =>
  items.find((g) => g.tekniskNavn === name)?.beloep;

describe('Summert skattegrunnlag bodies', () => {
  it('covers at least 200 person-years', () => {
    expect(
      new Set(all.map((b) => `${b.personidentifikator}/${b.inntektsaar}`)).size,
    ).toBeGreaterThanOrEqual(200);
  });

  it('validate against the V2 contract, and 2021 bodies against the 2021 information model', () => {
    for (const body of all) {
      const v2 = validateSummertSkattegrunnlag(body);
      expect(v2.ok ? '' : v2.message).toBe('');
      if (body.inntektsaar === '2021') {
        const strict = validateSummertSkattegrunnlag2021(body);
        expect(strict.ok ? '' : strict.message).toBe('');
      }
    }
    expect(all.filter((b) => b.inntektsaar === '2021').length).toBeGreaterThan(20);
  });

  it('use only technical names of the 2021 model, with its kategori and the specifications it allows', () => {
    for (const body of all) {
      for (const item of body.grunnlag ?? []) {
        expect(isTekniskNavn2021(item.tekniskNavn), item.tekniskNavn).toBe(true);
        expect(item.kategori, item.tekniskNavn).toBe(
          finnTekniskNavn2021(item.tekniskNavn)?.kategori ?? '-',
        );
        expect(Number.isInteger(item.beloep)).toBe(true);
        for (const spec of item.spesifisering ?? []) {
          expect(
            spesifiseringstyperFor2021(item.tekniskNavn),
            `${spec.type} on ${item.tekniskNavn}`,
          ).toContain(spec.type);
        }
      }
    }
  });

  it('have totals that agree with their parts', () => {
    for (const body of all) {
      const items = body.grunnlag ?? [];
      const inntekter = sum(items, 'inntekt');
      const fradrag = sum(items, 'inntektsfradrag');
      const formue = sum(items, 'formue');
      const gjeld = sum(items, 'formuesfradrag');
      expect(amount(items, 'sumInntekterIAlminneligInntektFoerFordelingsfradrag')).toBe(inntekter);
      expect(amount(items, 'sumFradragIAlminneligInntekt')).toBe(fradrag);
      expect(amount(items, 'alminneligInntektFoerSaerfradrag')).toBe(inntekter - fradrag);
      expect(
        amount(
          items,
          'samletGrunnlagForInntektsskattTilKommuneOgFylkeskommuneStatsskattOgFellesskatt',
        ),
      ).toBe(Math.max(0, inntekter - fradrag));
      expect(amount(items, 'bruttoformue')).toBe(formue);
      expect(amount(items, 'samletGjeld')).toBe(gjeld);
      expect(amount(items, 'nettoformue')).toBe(Math.max(0, formue - gjeld));
      expect(new Set(items.map((g) => g.tekniskNavn)).size).toBe(items.length);
    }
  });

  it('have specifications that add up to their item and name valid synthetic parties', () => {
    const kontoWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    for (const body of all) {
      for (const item of body.grunnlag ?? []) {
        const specs = item.spesifisering ?? [];
        const field = (f: string) => specs.reduce((s, spec) => s + Number(spec[f] ?? 0), 0);
        switch (item.tekniskNavn) {
          case 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt':
            expect(field('beloep')).toBe(item.beloep);
            break;
          case 'samletPensjonFraFolketrygden':
            expect(field('pensjonsinntektPerSkattleggingsperiode')).toBe(item.beloep);
            break;
          case 'samletInnskuddIInnenlandskeBanker':
            expect(field('innskudd')).toBe(item.beloep);
            break;
          case 'samledeOpptjenteRenterIInnenlandskeBanker':
            expect(field('opptjenteRenter')).toBe(item.beloep);
            break;
          case 'formuesverdiForPrimaerbolig':
            expect(field('formuesverdiForFormuesandel')).toBe(item.beloep);
            break;
          case 'formuesverdiForKjoeretoey':
            expect(field('formuesverdi')).toBe(item.beloep);
            break;
        }
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

  it('date the assessment in the following year', () => {
    for (const body of all) {
      const next = String(Number(body.inntektsaar) + 1);
      expect(body.skatteoppgjoersdato?.slice(0, 4)).toBe(next);
      expect(body.ajourholdstidspunkt?.slice(0, 10)).toBe(body.skatteoppgjoersdato);
    }
  });

  it('look like a household: salaries, pensions and wealth within plausible bounds', () => {
    for (const body of all) {
      const items = body.grunnlag ?? [];
      const loenn = amount(items, 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt') ?? 0;
      const pensjon = amount(items, 'samletPensjonFraFolketrygden') ?? 0;
      expect(loenn).toBeGreaterThanOrEqual(0);
      expect(loenn).toBeLessThan(2_000_000);
      expect(pensjon).toBeLessThan(600_000);
      expect(amount(items, 'bruttoformue')).toBeLessThan(40_000_000);
    }
    const withSalary = all.filter(
      (b) =>
        amount(b.grunnlag ?? [], 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt') !==
        undefined,
    );
    const withPension = all.filter(
      (b) => amount(b.grunnlag ?? [], 'samletPensjonFraFolketrygden') !== undefined,
    );
    const withHome = all.filter(
      (b) => amount(b.grunnlag ?? [], 'formuesverdiForPrimaerbolig') !== undefined,
    );
    const withDebt = all.filter(
      (b) => amount(b.grunnlag ?? [], 'gjeldIInnenlandskeBanker') !== undefined,
    );
    const withCar = all.filter(
      (b) => amount(b.grunnlag ?? [], 'formuesverdiForKjoeretoey') !== undefined,
    );
    for (const group of [withSalary, withPension, withHome, withDebt, withCar])
      expect(group.length).toBeGreaterThan(10);
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
