import { describe, expect, it } from 'vitest';
import { aarMedInformasjonsmodell, informasjonsmodell } from './informasjonsmodeller.js';
import {
  type RettighetspakkeInnhold,
  type RettighetspakkeInnholdDokument,
  standardRettighetspakkeInnhold,
} from './innhold.js';
import {
  filtrerForRettighetspakke,
  filtrerMedRegelspor,
  rettighetspakkeFilter,
} from './innhold-filter.js';
import { validateSummertSkattegrunnlag } from './validate.js';

interface Item {
  tekniskNavn: string;
  beloep: number;
  kategori: string;
  spesifisering?: { type: string }[];
  andelSkattefritt?: number;
  andelOverfoertFraBarn?: number;
}

const item = (tekniskNavn: string, kategori: string, extra: Partial<Item> = {}): Item => ({
  tekniskNavn,
  beloep: 1000,
  kategori,
  ...extra,
});

/** A 2024 body with income, union dues, wealth with spesifisering and andeler, and totals. */
function body2024() {
  return {
    personidentifikator: '21839199217',
    inntektsaar: '2024',
    grunnlag: [
      item('samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', 'inntekt', {
        spesifisering: [{ type: 'LoennOgTilsvarendeYtelser' }],
      }),
      item('arbeidsavklaringspenger', 'inntekt'),
      item('fradragForFagforeningskontingent', 'inntektsfradrag'),
      item('innskudd', 'formue', {
        spesifisering: [{ type: 'Konto' }],
        andelSkattefritt: 0,
        andelOverfoertFraBarn: 1200,
      }),
      item('gjeldIInnenlandskeBanker', 'formuesfradrag'),
      item('bruttoformue', '-'),
      item('samletGjeld', '-'),
      item('sumInntekterIAlminneligInntektFoerFordelingsfradrag', '-'),
    ],
    skjermet: false,
    stadie: 'oppgjoer',
    ekstraFelt: 'kept',
  };
}

const names = (body: { grunnlag?: { tekniskNavn: string }[] }) =>
  (body.grunnlag ?? []).map((g) => g.tekniskNavn);

/** The shipped document with `innhold` as the content of package `test`. */
function withPakke(innhold: Partial<RettighetspakkeInnhold>): RettighetspakkeInnholdDokument {
  return {
    ...standardRettighetspakkeInnhold,
    rettighetspakker: {
      ...standardRettighetspakkeInnhold.rettighetspakker,
      test: { bekreftet: true, merknad: 'test', spesifisering: false, andeler: false, ...innhold },
    },
  };
}

describe('filtrerForRettighetspakke with the shipped content', () => {
  it('withholds union dues (fradragForFagforeningskontingent) from every package, the standard included', () => {
    for (const pakke of [
      'kommuneforeldrebetaling',
      'kommuneboligsosialeformaal',
      'sivilrett',
      'sbl',
      'ssb',
    ]) {
      expect(names(filtrerForRettighetspakke(body2024(), pakke)), pakke).not.toContain(
        'fradragForFagforeningskontingent',
      );
    }
  });

  it('gives kommuneforeldrebetaling income but no wealth or debt, totals included', () => {
    expect(names(filtrerForRettighetspakke(body2024(), 'kommuneforeldrebetaling'))).toEqual([
      'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
      'arbeidsavklaringspenger',
      'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
    ]);
  });

  it('gives kommuneboligsosialeformaal wealth and debt as well as income', () => {
    expect(names(filtrerForRettighetspakke(body2024(), 'kommuneboligsosialeformaal'))).toEqual([
      'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
      'arbeidsavklaringspenger',
      'innskudd',
      'gjeldIInnenlandskeBanker',
      'bruttoformue',
      'samletGjeld',
      'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
    ]);
  });

  it('strips spesifisering and the andel… fields from packages without a basis for them', () => {
    const body = filtrerForRettighetspakke(body2024(), 'kommuneboligsosialeformaal');
    expect(body.grunnlag.filter((g) => 'spesifisering' in g)).toEqual([]);
    expect(body.grunnlag.find((g) => g.tekniskNavn === 'innskudd')).toEqual(
      item('innskudd', 'formue'),
    );
  });

  it('keeps spesifisering and the andel… fields for a former spesifisert package (sivilrett)', () => {
    const body = filtrerForRettighetspakke(body2024(), 'sivilrett');
    expect(body.grunnlag.find((g) => g.tekniskNavn === 'innskudd')).toEqual(body2024().grunnlag[3]);
  });

  it('keeps spesifisering but strips the andel… fields for the consent package sbl', () => {
    const innskudd = filtrerForRettighetspakke(body2024(), 'sbl').grunnlag[2];
    expect(innskudd).toEqual(item('innskudd', 'formue', { spesifisering: [{ type: 'Konto' }] }));
  });

  it('withholds minstefradragILivrenteTilBarn from sbl only, as the 2024 revision says', () => {
    const body = {
      inntektsaar: '2024',
      grunnlag: [item('minstefradragILivrenteTilBarn', 'inntektsfradrag')],
    };
    expect(names(filtrerForRettighetspakke(body, 'sbl'))).toEqual([]);
    expect(names(filtrerForRettighetspakke(body, 'ssb'))).toEqual([
      'minstefradragILivrenteTilBarn',
    ]);
  });

  it('matches the package ignoring case', () => {
    expect(filtrerForRettighetspakke(body2024(), 'kommuneForeldrebetaling')).toEqual(
      filtrerForRettighetspakke(body2024(), 'kommuneforeldrebetaling'),
    );
  });

  it('applies the same rules to svalbardGrunnlag', () => {
    const body = {
      inntektsaar: '2024',
      svalbardGrunnlag: [item('bruttoformue', '-'), item('arbeidsavklaringspenger', 'inntekt')],
    };
    expect(filtrerForRettighetspakke(body, 'kommuneforeldrebetaling').svalbardGrunnlag).toEqual([
      item('arbeidsavklaringspenger', 'inntekt'),
    ]);
  });

  it('never changes its input and keeps other fields and their order', () => {
    const input = body2024();
    const before = structuredClone(input);
    const output = filtrerForRettighetspakke(input, 'kommuneforeldrebetaling');
    expect(input).toEqual(before);
    expect(Object.keys(output)).toEqual(Object.keys(input));
    expect(output.ekstraFelt).toBe('kept');
  });
});

describe('the rule trail', () => {
  it('names the rule that withheld each item and counts what was stripped', () => {
    const f = filtrerMedRegelspor(body2024(), 'kommuneforeldrebetaling');
    expect(f.pakke).toMatchObject({ rettighetspakke: 'kommuneforeldrebetaling', kilde: 'egen' });
    expect(f.tilbakeholdt).toEqual([
      {
        liste: 'grunnlag',
        tekniskNavn: 'fradragForFagforeningskontingent',
        regel: 'unntatt.begreper fagforeningskontingent',
      },
      { liste: 'grunnlag', tekniskNavn: 'innskudd', regel: 'unntatt.kategorier formue' },
      {
        liste: 'grunnlag',
        tekniskNavn: 'gjeldIInnenlandskeBanker',
        regel: 'unntatt.kategorier formuesfradrag',
      },
      {
        liste: 'grunnlag',
        tekniskNavn: 'bruttoformue',
        regel: 'unntatt.begreper formueOgGjeldUtenKategori',
      },
      {
        liste: 'grunnlag',
        tekniskNavn: 'samletGjeld',
        regel: 'unntatt.begreper formueOgGjeldUtenKategori',
      },
    ]);
    expect(f.utenSpesifisering).toBe(1);
    expect(f.utenAndeler).toBe(0);
  });

  it('returns the very input when the content removes nothing', () => {
    const body = { inntektsaar: '2024', grunnlag: [item('arbeidsavklaringspenger', 'inntekt')] };
    expect(filtrerMedRegelspor(body, 'ssb').body).toBe(body);
  });
});

describe('the rules of a content', () => {
  it('a name or concept in unntatt wins over the same name in grunnlag', () => {
    const d = withPakke({
      grunnlag: { tekniskNavn: ['fradragForFagforeningskontingent'] },
      unntatt: { begreper: ['fagforeningskontingent'] },
    });
    expect(
      rettighetspakkeFilter('test', d).avgjoer(
        'fradragForFagforeningskontingent',
        'inntektsfradrag',
        2024,
      ),
    ).toEqual({
      levert: false,
      regel: 'unntatt.begreper fagforeningskontingent',
    });
  });

  it('a name in grunnlag wins over an excluded kategori', () => {
    const d = withPakke({
      grunnlag: { tekniskNavn: ['bruttoformue'] },
      unntatt: { kategorier: ['-'] },
    });
    const filter = rettighetspakkeFilter('test', d);
    expect(filter.avgjoer('bruttoformue', '-', 2024)).toEqual({
      levert: true,
      regel: 'grunnlag.tekniskNavn bruttoformue',
    });
    expect(filter.avgjoer('nettoformue', '-', 2024)).toEqual({
      levert: false,
      regel: 'unntatt.kategorier -',
    });
  });

  it('a grunnlag of names alone delivers those names and nothing else', () => {
    const d = withPakke({ grunnlag: { tekniskNavn: ['innskudd'] } });
    expect(names(filtrerForRettighetspakke(body2024(), 'test', d))).toEqual(['innskudd']);
    expect(rettighetspakkeFilter('test', d).avgjoer('samletGjeld', '-', 2024).regel).toBe(
      'kategori - not in grunnlag',
    );
  });

  it('a grunnlag of kategorier delivers exactly those categories', () => {
    const d = withPakke({ grunnlag: { kategorier: ['formue', 'formuesfradrag'] } });
    expect(names(filtrerForRettighetspakke(body2024(), 'test', d))).toEqual([
      'innskudd',
      'gjeldIInnenlandskeBanker',
    ]);
  });

  it('ungdomsprogramytelse goes exactly to the packages that receive arbeidsavklaringspenger', () => {
    const aap = withPakke({ grunnlag: { tekniskNavn: ['arbeidsavklaringspenger'] } });
    expect(
      rettighetspakkeFilter('test', aap).avgjoer('ungdomsprogramytelse', 'inntekt', 2025),
    ).toEqual({
      levert: true,
      regel: 'foelger arbeidsavklaringspenger',
    });
    const utenAap = withPakke({ unntatt: { tekniskNavn: ['arbeidsavklaringspenger'] } });
    expect(
      rettighetspakkeFilter('test', utenAap).avgjoer('ungdomsprogramytelse', 'inntekt', 2025),
    ).toEqual({
      levert: false,
      regel:
        'foelger arbeidsavklaringspenger, withheld by unntatt.tekniskNavn arbeidsavklaringspenger',
    });
  });

  it('an item that follows a kategori goes only to packages that receive that kategori', () => {
    const name =
      'oppjustertTilleggTilLatentTapPaaAksjeAndelMvVedUtflyttingUtenUtsattBetalingAvSkatt';
    const uten = withPakke({
      unntatt: { kategorier: ['oppjusteringAvEierinntekter'] },
      grunnlag: { tekniskNavn: ['latentTapPaaAksjeAndelMvVedUtflyttingUtenUtsattBetalingAvSkatt'] },
    });
    expect(
      rettighetspakkeFilter('test', uten).avgjoer(name, 'oppjusteringAvEierinntekter', 2025),
    ).toEqual({
      levert: false,
      regel: 'foelger kategori oppjusteringAvEierinntekter, which the package does not receive',
    });
    expect(
      rettighetspakkeFilter('kommuneforeldrebetaling').avgjoer(
        name,
        'oppjusteringAvEierinntekter',
        2025,
      ).levert,
    ).toBe(true);
  });

  it('a concept name limited to years matches only in those years', () => {
    const filter = rettighetspakkeFilter('kommuneforeldrebetaling');
    const name = 'verdsettingsrabattForAksjeIVPS';
    expect(filter.avgjoer(name, '-', 2017).regel).toBe(
      'unntatt.begreper formueOgGjeldUtenKategori',
    );
    expect(filter.avgjoer(name, 'verdsettingsrabattSomGirGjeldsreduksjon', 2018).regel).toBe(
      'unntatt.kategorier verdsettingsrabattSomGirGjeldsreduksjon',
    );
  });
});

describe.each(aarMedInformasjonsmodell)('a filtered %i body', (aar) => {
  const modell = informasjonsmodell(aar);
  const full = {
    personidentifikator: '21839199217',
    inntektsaar: String(aar),
    skjermet: false,
    stadie: 'oppgjoer',
    grunnlag: modell.rader.map((row) => ({
      tekniskNavn: row.tekniskNavn,
      beloep: 1000,
      kategori: modell.kategoriIApi(row.tekniskNavn),
      andelSkattefritt: 10,
      ...(modell.spesifiseringstyperFor(row.tekniskNavn).length > 0
        ? {
            spesifisering: modell.spesifiseringstyperFor(row.tekniskNavn).map((type) => ({ type })),
          }
        : {}),
    })),
  };
  const pakker = ['standard-only', ...Object.keys(standardRettighetspakkeInnhold.rettighetspakker)];

  it.each(pakker)('still conforms to the contract and the year’s model for %s', (pakke) => {
    const filtered = filtrerForRettighetspakke(full, pakke);
    const contract = validateSummertSkattegrunnlag(filtered);
    expect(contract.ok ? [] : contract.errors).toEqual([]);
    const year = modell.validate(filtered);
    expect(year.ok ? [] : year.errors).toEqual([]);
    expect(filtered.grunnlag.length).toBeGreaterThan(0);
  });
});
