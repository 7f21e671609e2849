// The reference integration: what a municipality's case system asks for, answered from
// Summert skattegrunnlag and the Inntekt API on the municipality's behalf.
import { type Maanedsperiode, sisteKompletteMaaneder } from '@skattedeling/inntekt';
import { isOrganisasjonsnummer, isPersonidentifikator } from '@skattedeling/testdata';
import { type CallDeps, hentInntekt, hentSkattegrunnlag } from './calls.js';
import type { DecisionStore } from './decisions.js';
import { incomeBasis } from './income-basis.js';
import { incomeYearsFor } from './income-year.js';
import { monthlyIncome } from './monthly-income.js';
import {
  type BoligsosialPerson,
  type BoligsosialResultat,
  describePerson,
  type ForeldrebetalingResultat,
  type SkattegrunnlagStatus,
} from './results.js';
import { defaultRetryPolicy, type RetryPolicy, realSleep, type Sleep } from './retry.js';
import type { TokenSource } from './tokens.js';

/** Rights packages, spelled as each API's documentation spells them. */
export const rettighetspakker = {
  foreldrebetaling: 'kommuneforeldrebetaling',
  boligsosialSkattegrunnlag: 'kommuneboligsosialeformaal',
  boligsosialInntekt: 'kommuneBoligsosialeFormaal',
} as const;

export interface VendorServiceOptions {
  /** Tokens on the municipality's behalf (see `tokenSourceFromMaskinporten`). */
  readonly tokens: TokenSource;
  /** Without `/v2`, e.g. `http://127.0.0.1:5280/summertskattegrunnlag`. */
  readonly summertSkattegrunnlagBaseUrl: string;
  /** Without `/v1`, e.g. `http://127.0.0.1:5280/inntekt`. */
  readonly inntektBaseUrl: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly retry?: Partial<RetryPolicy>;
  /** Waits between retries; tests pass one that does not wait. */
  readonly sleep?: Sleep;
  /** The date of decisions when a request names none; default now. */
  readonly today?: () => Date;
  /**
   * Where each redusert foreldrebetaling decision is kept, so a follower of Skatteoppgjør
   * hendelser can re-evaluate it when a member's oppgjoer arrives (follow-oppgjoer.ts).
   */
  readonly decisions?: DecisionStore;
}

export interface HouseholdRequest {
  /** The municipality's organisasjonsnummer (9 digits): the token's consumer. */
  readonly kommune: string;
  /** Fødselsnummer or D-nummer of each adult in the household (1–4). */
  readonly husholdning: readonly string[];
  /** The decision date (`YYYY-MM-DD` or a Date); decides the income year and months. */
  readonly dato?: Date | string;
}

export interface BoligsosialRequest extends HouseholdRequest {
  /** How many of the last complete months of a-ordning income to fetch; default 3. */
  readonly antallMaaneder?: number;
}

export interface VendorService {
  /** Household income basis for reduced kindergarten payment (redusert foreldrebetaling). */
  redusertForeldrebetaling(request: HouseholdRequest): Promise<ForeldrebetalingResultat>;
  /** Latest yearly income and recent monthly income for housing support (boligsosial støtte). */
  boligsosialStoette(request: BoligsosialRequest): Promise<BoligsosialResultat>;
}

function checkHousehold(request: HouseholdRequest): void {
  if (!isOrganisasjonsnummer(request.kommune)) {
    throw new RangeError(
      `kommune ${JSON.stringify(request.kommune)} is not an organisasjonsnummer (9 digits, valid check digit)`,
    );
  }
  if (
    !Array.isArray(request.husholdning) ||
    request.husholdning.length < 1 ||
    request.husholdning.length > 4
  ) {
    throw new RangeError('husholdning must list 1–4 personidentifikatorer');
  }
  for (const pid of request.husholdning) {
    if (!isPersonidentifikator(pid)) {
      throw new RangeError(
        `${JSON.stringify(pid)} is not a fødselsnummer or D-nummer (11 digits, valid check digits)`,
      );
    }
  }
}

/** The household's decision: `beregnet` only when every member's data was found. */
function foreldrebetalingResultat(
  kommune: string,
  personer: readonly SkattegrunnlagStatus[],
): ForeldrebetalingResultat {
  const blocking = personer.filter((p) => p.status !== 'funnet');
  if (blocking.length > 0) {
    return {
      kommune,
      status: 'manuellBehandling',
      personer,
      samletInntekt: undefined,
      melding: `Cannot compute the household's income automatically: ${blocking.map(describePerson).join('; ')}`,
    };
  }
  const samletInntekt = personer.reduce(
    (sum, p) => sum + (p.status === 'funnet' ? p.inntekt.beloep : 0),
    0,
  );
  return {
    kommune,
    status: 'beregnet',
    personer,
    samletInntekt,
    melding: `The household's samlet skattepliktig person- og kapitalinntekt is ${samletInntekt} kr (${personer.map(describePerson).join('; ')})`,
  };
}

export function createVendorService(options: VendorServiceOptions): VendorService {
  const deps: CallDeps = {
    tokens: options.tokens,
    summertSkattegrunnlagBaseUrl: options.summertSkattegrunnlagBaseUrl,
    inntektBaseUrl: options.inntektBaseUrl,
    fetch: options.fetch ?? globalThis.fetch,
    retry: { ...defaultRetryPolicy, ...options.retry },
    sleep: options.sleep ?? realSleep,
  };
  const today = options.today ?? (() => new Date());

  /** The latest settled year's income basis, with one fallback year on SSG-008. */
  async function skattegrunnlagFor(
    kommune: string,
    personidentifikator: string,
    dato: Date | string,
    rettighetspakke: string,
  ): Promise<SkattegrunnlagStatus> {
    const years = incomeYearsFor(dato);
    const asked: string[] = [];
    for (const inntektsaar of [years.first, years.fallback]) {
      asked.push(inntektsaar);
      const outcome = await hentSkattegrunnlag(deps, {
        kommune,
        personidentifikator,
        inntektsaar,
        rettighetspakke,
      });
      switch (outcome.kind) {
        case 'data':
          return {
            status: 'funnet',
            personidentifikator,
            inntektsaar,
            inntekt: incomeBasis(outcome.body),
          };
        case 'skjermet':
          return { status: 'skjermet', personidentifikator };
        case 'ukjentPerson':
          return { status: 'ukjentPerson', personidentifikator, kode: outcome.kode };
        case 'slettet':
          return {
            status: 'ingenSkattegrunnlag',
            personidentifikator,
            inntektsaar: asked,
            kode: outcome.kode,
          };
        case 'ingenData':
          if (inntektsaar === years.fallback) {
            return {
              status: 'ingenSkattegrunnlag',
              personidentifikator,
              inntektsaar: asked,
              kode: outcome.kode,
            };
          }
      }
    }
    throw new Error('unreachable: the fallback year always returns');
  }

  return {
    async redusertForeldrebetaling(request) {
      checkHousehold(request);
      const dato = request.dato ?? today();
      const personer: SkattegrunnlagStatus[] = [];
      // One person at a time: Skatteetaten asks for at most about five parallel calls per API.
      for (const pid of request.husholdning) {
        personer.push(
          await skattegrunnlagFor(request.kommune, pid, dato, rettighetspakker.foreldrebetaling),
        );
      }
      const resultat = foreldrebetalingResultat(request.kommune, personer);
      await options.decisions?.save({
        kommune: request.kommune,
        husholdning: request.husholdning,
        dato,
        resultat,
      });
      return resultat;
    },

    async boligsosialStoette(request) {
      checkHousehold(request);
      const dato = request.dato ?? today();
      const periode: Maanedsperiode = sisteKompletteMaaneder(request.antallMaaneder ?? 3, dato);
      const personer: BoligsosialPerson[] = [];
      for (const pid of request.husholdning) {
        const skattegrunnlag = await skattegrunnlagFor(
          request.kommune,
          pid,
          dato,
          rettighetspakker.boligsosialSkattegrunnlag,
        );
        if (skattegrunnlag.status === 'ukjentPerson' || skattegrunnlag.status === 'skjermet') {
          personer.push(skattegrunnlag);
          continue;
        }
        const inntekt = await hentInntekt(deps, {
          kommune: request.kommune,
          personidentifikator: pid,
          periode,
          rettighetspakke: rettighetspakker.boligsosialInntekt,
        });
        if (inntekt.kind === 'ukjentPerson')
          personer.push({ status: 'ukjentPerson', personidentifikator: pid, kode: inntekt.kode });
        else if (inntekt.kind === 'skjermet')
          personer.push({ status: 'skjermet', personidentifikator: pid });
        else {
          // IM-008 (nothing reported in the period) is a fact: no income from the a-ordning.
          const body = inntekt.kind === 'data' ? inntekt.body : undefined;
          personer.push({ ...skattegrunnlag, maanedsinntekt: monthlyIncome(body, periode) });
        }
      }
      const complete = personer.every(
        (p) => p.status === 'funnet' && p.maanedsinntekt !== undefined,
      );
      if (!complete) {
        return {
          kommune: request.kommune,
          status: 'manuellBehandling',
          periode,
          personer,
          samletAarsinntekt: undefined,
          snittMaanedsinntekt: undefined,
          melding: `Cannot compute the household's income automatically: ${personer
            .filter((p) => p.status !== 'funnet')
            .map(describePerson)
            .join('; ')}`,
        };
      }
      const samletAarsinntekt = personer.reduce(
        (s, p) => s + (p.status === 'funnet' ? p.inntekt.beloep : 0),
        0,
      );
      const snittMaanedsinntekt = personer.reduce(
        (s, p) => s + (p.maanedsinntekt?.snittPerMaaned ?? 0),
        0,
      );
      return {
        kommune: request.kommune,
        status: 'beregnet',
        periode,
        personer,
        samletAarsinntekt,
        snittMaanedsinntekt,
        melding: `Household income ${samletAarsinntekt} kr in the latest oppgjoer; on average ${snittMaanedsinntekt} kr a month in ${periode.fraOgMed}–${periode.tilOgMed}`,
      };
    },
  };
}
