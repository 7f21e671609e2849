// The parameters provider states take, each with the rule its value must follow. A state's name is
// a template (`person {personidentifikator} has {inntektsaar} oppgjoer`); its values travel as
// Pact V4 state params, so one handler serves every person and year.

/** The APIs a state can be about (the simulator's ids). */
export const stateApis = ['summertskattegrunnlag', 'inntekt'] as const;
export type StateApi = (typeof stateApis)[number];

/** Every system a fault state can make fail. */
export const faultApis = ['maskinporten', 'summertskattegrunnlag', 'inntekt'] as const;
export type FaultApi = (typeof faultApis)[number];

/**
 * The household groups of the simulator's generated persons that have tax assessments (its admin
 * API's `profile`, less `child`, who has none): a profile state names one of them. Written out so
 * the package needs no simulator; `household-profiles.test.ts` fails when the admin contract's
 * `Profile` enum (contracts/simulator/openapi.yaml) says otherwise.
 */
export const householdProfiles = [
  'employee',
  'twoEmployers',
  'partTime',
  'selfEmployed',
  'pensioner',
  'disability',
  'workAssessment',
  'unemployed',
  'singleParent',
  'student',
  'investor',
  'landlord',
  'svalbard',
  'firstJob',
  'debtCollection',
  'survivor',
  'foreignWorker',
] as const;
export type HouseholdProfile = (typeof householdProfiles)[number];

/** At most this many technical names in one state's `tekniskNavn`. */
export const maxTekniskNavn = 10;

export interface ParamRule {
  readonly pattern: RegExp;
  /** What is allowed, in words, for error messages. */
  readonly allowed: string;
  readonly description: string;
  /** A check beyond the pattern (a date that matches YYYY-MM-DD must also exist). */
  readonly exists?: (value: string) => boolean;
}

/** Is `value` a day of the calendar (2025-02-31 matches YYYY-MM-DD but is not)? */
export function isCalendarDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** Does `value` follow the rule: its pattern and, where the rule has one, its `exists` check? */
export function followsRule(rule: ParamRule, value: string): boolean {
  return rule.pattern.test(value) && (rule.exists === undefined || rule.exists(value));
}

export const paramRules = {
  personidentifikator: {
    pattern: /^[0-9]{11}$/,
    allowed: 'exactly 11 digits',
    description: 'fødselsnummer or D-nummer of the person',
  },
  inntektsaar: { pattern: /^[0-9]{4}$/, allowed: 'four digits (YYYY)', description: 'income year' },
  stadie: {
    pattern: /^(oppgjoer|utkast|fastsatt)$/,
    allowed: 'oppgjoer, utkast or fastsatt',
    description: 'stage of the tax assessment',
  },
  dato: {
    pattern: /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/,
    allowed: 'a date YYYY-MM-DD',
    description: 'a calendar day (Oslo)',
    exists: isCalendarDay,
  },
  fraOgMed: {
    pattern: /^[0-9]{4}-(0[1-9]|1[0-2])$/,
    allowed: 'a month YYYY-MM',
    description: 'first month, included',
  },
  tilOgMed: {
    pattern: /^[0-9]{4}-(0[1-9]|1[0-2])$/,
    allowed: 'a month YYYY-MM',
    description: 'last month, included',
  },
  orgnr: {
    pattern: /^[0-9]{9}$/,
    allowed: 'a 9-digit organisasjonsnummer',
    description: "the municipality's organisasjonsnummer (the token's consumer)",
  },
  leverandoer: {
    pattern: /^[0-9]{9}$/,
    allowed: 'a 9-digit organisasjonsnummer',
    description: "the vendor's organisasjonsnummer (the token's supplier)",
  },
  api: {
    pattern: /^(summertskattegrunnlag|inntekt)$/,
    allowed: stateApis.join(' or '),
    description: 'the Skatteetaten API',
  },
  system: {
    pattern: /^(maskinporten|summertskattegrunnlag|inntekt)$/,
    allowed: faultApis.join(', '),
    description: 'the imitated system',
  },
  rettighetspakke: {
    pattern: /^[a-zA-Z]+$/,
    allowed: 'letters only',
    description: 'a rettighetspakke name, e.g. kommuneforeldrebetaling',
  },
  profile: {
    pattern: new RegExp(`^(${householdProfiles.join('|')})$`),
    allowed: `one of ${householdProfiles.join(', ')}`,
    description: "a household group of the simulator's generated persons",
  },
  tekniskNavn: {
    pattern: new RegExp(
      `^[a-z][A-Za-z0-9]{0,99}(,[a-z][A-Za-z0-9]{0,99}){0,${maxTekniskNavn - 1}}$`,
    ),
    allowed: `1–${maxTekniskNavn} technical names (tekniskNavn), comma-separated`,
    description: "items of the year's information model, e.g. gevinstVedRealisasjonAvAksje",
  },
} as const satisfies Record<string, ParamRule>;

export type ParamName = keyof typeof paramRules;
