import { describe, expect, it } from 'vitest';
import { readData } from '../test/reference.js';
import type { Inntekter } from './generated/v1/types.gen.js';
import { validateFeil, validateInntekter, validateInntektFeil } from './validate.js';
import { inntekterTilXml } from './xml.js';

/** A synthetic body in the documented shape (test organisations, Test-Norge person). */
function body(): Inntekter {
  return {
    oppgaveInntektsmottaker: [
      {
        opplysningspliktigId: '312345676',
        virksomhetId: '312345684',
        kalendermaaned: '2024-03',
        inntektsmottaker: { personidentifikator: '01818710190' },
        inntekt: [
          {
            fordel: 'kontantytelse',
            utloeserArbeidsgiveravgift: true,
            inngaarIGrunnlagForTrekk: true,
            beloep: 48250,
            loennsinntekt: { beskrivelse: 'fastloenn' },
          },
          {
            fordel: 'naturalytelse',
            utloeserArbeidsgiveravgift: true,
            inngaarIGrunnlagForTrekk: true,
            beloep: 3900,
            loennsinntekt: {
              beskrivelse: 'bil',
              tilleggsinformasjon: {
                bilOgBaat: { antallKilometer: 1200, bilregistreringsnummer: 'EL12345' },
              },
            },
          },
        ],
      },
    ],
  };
}

// The mutations write values of the wrong type on purpose, which a typed body would not allow.
// biome-ignore lint/suspicious/noExplicitAny: deliberately untyped test input
type Untyped = Record<string, any>;

function mutate(change: (b: Untyped) => void): unknown {
  const b = structuredClone(body()) as Untyped;
  change(b);
  return b;
}

describe('the documentation examples', () => {
  it('accepts examples/inntekt-1.json as an Inntekter body', () => {
    const result = validateInntekter(readData('examples/inntekt.json'));
    expect(result.ok ? '' : result.message).toBe('');
  });

  it('accepts examples/error-1.json as an error body', () => {
    const result = validateFeil(readData('examples/feil.json'));
    expect(result.ok ? '' : result.message).toBe('');
  });

  it('refuses examples/error-1.json as an Inntekt API error: its code belongs to another API', () => {
    const result = validateInntektFeil(readData('examples/feil.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('kode');
  });
});

describe('validateInntekter', () => {
  it('accepts a well-formed body', () => {
    const result = validateInntekter(body());
    expect(result.ok ? '' : result.message).toBe('');
  });

  it('rejects an unknown fordel (a closed list) at its exact path', () => {
    const result = validateInntekter(
      mutate((b) => (b.oppgaveInntektsmottaker[0].inntekt[0].fordel = 'ukjent')),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('oppgaveInntektsmottaker[0].inntekt[0].fordel');
    expect(result.errors[0]?.message).toContain('kontantytelse');
    expect(result.errors[0]?.message).toContain('"ukjent"');
  });

  it('rejects a beloep sent as a string', () => {
    const result = validateInntekter(
      mutate((b) => (b.oppgaveInntektsmottaker[0].inntekt[1].beloep = '3900')),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'oppgaveInntektsmottaker[0].inntekt[1].beloep',
        message: 'must be number (got "3900")',
      },
    ]);
  });

  it('rejects a report without opplysningspliktigId', () => {
    const result = validateInntekter(
      mutate((b) => delete b.oppgaveInntektsmottaker[0].opplysningspliktigId),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'oppgaveInntektsmottaker[0].opplysningspliktigId', message: 'is required' },
    ]);
  });

  it('rejects an income line without utloeserArbeidsgiveravgift', () => {
    const result = validateInntekter(
      mutate((b) => delete b.oppgaveInntektsmottaker[0].inntekt[0].utloeserArbeidsgiveravgift),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.path).toBe(
        'oppgaveInntektsmottaker[0].inntekt[0].utloeserArbeidsgiveravgift',
      );
  });

  const exactlyOne =
    'must have exactly one of loennsinntekt, ytelseFraOffentlige, pensjonEllerTrygd, naeringsinntekt';

  it('rejects an income line with two income types, whichever two', () => {
    for (const [type, beskrivelse] of [
      ['ytelseFraOffentlige', 'sykepenger'],
      ['pensjonEllerTrygd', 'alderspensjon'],
      ['naeringsinntekt', 'sykepenger'],
    ] as const) {
      const result = validateInntekter(
        mutate((b) => (b.oppgaveInntektsmottaker[0].inntekt[1][type] = { beskrivelse })),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toEqual([
        {
          path: 'oppgaveInntektsmottaker[0].inntekt[1]',
          message: `${exactlyOne} (has loennsinntekt, ${type})`,
        },
      ]);
    }
  });

  it('rejects an income line with no income type', () => {
    const result = validateInntekter(
      mutate((b) => delete b.oppgaveInntektsmottaker[0].inntekt[0].loennsinntekt),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'oppgaveInntektsmottaker[0].inntekt[0]', message: `${exactlyOne} (has none)` },
    ]);
    expect(result.message).toBe(
      `Inntekter: oppgaveInntektsmottaker[0].inntekt[0]: ${exactlyOne} (has none)`,
    );
  });

  it('reports other problems next to the income-type rule', () => {
    const result = validateInntekter(
      mutate((b) => {
        delete b.oppgaveInntektsmottaker[0].inntekt[0].loennsinntekt;
        b.oppgaveInntektsmottaker[0].inntekt[1].fordel = 'ukjent';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'oppgaveInntektsmottaker[0].inntekt[1].fordel',
      'oppgaveInntektsmottaker[0].inntekt[0]',
    ]);
  });

  it('rejects a country code that is not ISO 3166-1 alpha-2', () => {
    const result = validateInntekter(
      mutate(
        (b) =>
          (b.oppgaveInntektsmottaker[0].inntekt[0].loennsinntekt.spesifikasjon = {
            opptjeningsland: 'SWE',
          }),
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.path).toBe(
        'oppgaveInntektsmottaker[0].inntekt[0].loennsinntekt.spesifikasjon.opptjeningsland',
      );
  });

  it('accepts a beskrivelse code no code list knows yet (codes arrive with annual revisions)', () => {
    const result = validateInntekter(
      mutate(
        (b) =>
          (b.oppgaveInntektsmottaker[0].inntekt[0].loennsinntekt.beskrivelse = 'nyKodeFra2027'),
      ),
    );
    expect(result.ok ? '' : result.message).toBe('');
  });

  it('accepts unknown properties anywhere (new fields arrive without a new version)', () => {
    const result = validateInntekter(
      mutate((b) => {
        b.nyttFelt = 1;
        b.oppgaveInntektsmottaker[0].nyttFelt = 'x';
        b.oppgaveInntektsmottaker[0].inntekt[0].nyttFelt = true;
        b.oppgaveInntektsmottaker[0].inntekt[0].loennsinntekt.tilleggsinformasjon = {
          nyDetalj: { a: 1 },
        };
      }),
    );
    expect(result.ok ? '' : result.message).toBe('');
  });

  it('accepts a body without the fields the 2025 revision made optional', () => {
    const result = validateInntekter(
      mutate((b) => {
        const oppgave = b.oppgaveInntektsmottaker[0];
        delete oppgave.kalendermaaned;
        delete oppgave.inntektsmottaker;
        delete oppgave.inntekt[0].fordel;
        delete oppgave.inntekt[0].beloep;
      }),
    );
    expect(result.ok ? '' : result.message).toBe('');
  });
});

describe('validateInntektFeil', () => {
  it('accepts the codes of this API and the shared DAS codes', () => {
    for (const kode of ['IM-007', 'IM-010', 'DAS-008']) {
      const result = validateInntektFeil({
        kode,
        melding: 'x',
        korrelasjonsid: '13a865f5-28f9-47db-9abd-ab78977c79fe',
      });
      expect(result.ok ? '' : result.message).toBe('');
    }
  });

  it('rejects a code of another API and a korrelasjonsid that is not a UUID', () => {
    const result = validateInntektFeil({ kode: 'SSG-008', melding: 'x', korrelasjonsid: 'abc' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path).sort()).toEqual(['kode', 'korrelasjonsid']);
  });
});

describe('inntekterTilXml', () => {
  it('writes the root in our namespace and arrays as repeated elements without a wrapper', () => {
    const xml = inntekterTilXml(body());
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<inntekter xmlns="urn:no:skatteetaten:datasamarbeid:inntekt:v1">/,
    );
    expect(xml).toContain(
      '<oppgaveInntektsmottaker><opplysningspliktigId>312345676</opplysningspliktigId><virksomhetId>312345684</virksomhetId><kalendermaaned>2024-03</kalendermaaned><inntektsmottaker><personidentifikator>01818710190</personidentifikator></inntektsmottaker><inntekt><fordel>kontantytelse</fordel>',
    );
    expect(xml.match(/<inntekt>/g)).toHaveLength(2);
    expect(xml).toContain(
      '<loennsinntekt><beskrivelse>bil</beskrivelse><tilleggsinformasjon><bilOgBaat><antallKilometer>1200</antallKilometer>',
    );
    expect(xml.endsWith('</oppgaveInntektsmottaker></inntekter>')).toBe(true);
  });
});
