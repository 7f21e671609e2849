import { describe, expect, it } from 'vitest';
import {
  kommuneManglerPaakobling,
  personErUkjent,
  personHarAOrdningInntekt,
  personHarOppgjoer,
  personIGruppeHarOppgjoer,
  personIGruppeHarOppgjoerMed,
  sisteTilgjengeligeOppgjoerEr,
  skatteoppgjoerHendelseFinnes,
  tjenestenFeilerMidlertidig,
} from './builders.js';
import { checkProviderState, describeProviderState, findProviderState } from './check.js';
import { paramRules } from './params.js';
import { providerStates, stateNames } from './vocabulary.js';

describe('provider-state vocabulary', () => {
  it('names every param of a state in its template, and nothing else', () => {
    for (const definition of providerStates) {
      const placeholders = [...definition.name.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]);
      expect(placeholders, definition.name).toEqual(definition.params);
      for (const param of definition.params) expect(paramRules[param]).toBeDefined();
    }
  });

  it('lists each state name once, under the key of its builder', () => {
    const names = providerStates.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const definition of providerStates)
      expect(stateNames[definition.key]).toBe(definition.name);
    expect(providerStates).toHaveLength(Object.keys(stateNames).length);
  });
});

describe('state builders', () => {
  it('keep the template as the name and carry the values as V4 params', () => {
    expect(personHarOppgjoer('01818710190', 2024)).toEqual({
      name: 'person {personidentifikator} has {inntektsaar} oppgjoer',
      params: { personidentifikator: '01818710190', inntektsaar: '2024' },
    });
    expect(kommuneManglerPaakobling('312345678', 'inntekt').params).toEqual({
      orgnr: '312345678',
      api: 'inntekt',
    });
  });

  it('refuse a value that breaks its rule, naming the param', () => {
    expect(() => personHarOppgjoer('0181871019', 2024)).toThrow(
      'personidentifikator "0181871019" is not valid: must be exactly 11 digits',
    );
    expect(() => personHarAOrdningInntekt('01818710190', '2024-13', '2024-12')).toThrow(/fraOgMed/);
    expect(() => tjenestenFeilerMidlertidig('altinn' as never)).toThrow(/system/);
  });
});

describe('profile states', () => {
  it('carry the household group, the year and the items as params', () => {
    expect(personIGruppeHarOppgjoer('pensioner', 2024)).toEqual({
      name: 'a person in household group {profile} has {inntektsaar} oppgjoer',
      params: { profile: 'pensioner', inntektsaar: '2024' },
    });
    const withItems = personIGruppeHarOppgjoerMed('investor', 2024, [
      'gevinstVedRealisasjonAvAksje',
      'tapVedRealisasjonAvAksje',
    ]);
    expect(withItems.params.tekniskNavn).toBe(
      'gevinstVedRealisasjonAvAksje,tapVedRealisasjonAvAksje',
    );
    expect(checkProviderState(withItems)).toEqual([]);
    expect(describeProviderState(withItems)).toBe(
      'a person in household group investor has 2024 oppgjoer with gevinstVedRealisasjonAvAksje,tapVedRealisasjonAvAksje',
    );
  });

  it('refuse a group the simulator does not draw, and an empty or overlong list of items', () => {
    expect(() => personIGruppeHarOppgjoer('astronaut' as never, 2024)).toThrow(
      /^profile "astronaut" is not valid: must be one of employee, /,
    );
    expect(() => personIGruppeHarOppgjoerMed('investor', 2024, [])).toThrow(/tekniskNavn/);
    const eleven = Array.from({ length: 11 }, (_, i) => `post${i}`);
    expect(() => personIGruppeHarOppgjoerMed('investor', 2024, eleven)).toThrow(
      /must be 1–10 technical names/,
    );
  });

  it('and the event-list state are the only states that give the interaction values', () => {
    const injecting = providerStates.filter((s) => s.injects !== undefined);
    expect(injecting.map((s) => [s.key, s.injects])).toEqual([
      ['personIGruppeHarOppgjoer', ['personidentifikator']],
      ['personIGruppeHarOppgjoerMed', ['personidentifikator']],
      ['skatteoppgjoerHendelseFinnes', ['personidentifikator', 'sekvensnummer']],
    ]);
  });
});

describe('states about the support services', () => {
  it('carry the year and the date of an event, or the person and their newest year', () => {
    const hendelse = skatteoppgjoerHendelseFinnes(2024, '2025-03-01');
    expect(describeProviderState(hendelse)).toBe(
      'the Skatteoppgjør hendelser list has an oppgjoer event for 2024 on or after 2025-03-01',
    );
    expect(checkProviderState(hendelse)).toEqual([]);
    expect(sisteTilgjengeligeOppgjoerEr('01818710190', 2023).params).toEqual({
      personidentifikator: '01818710190',
      inntektsaar: '2023',
    });
  });

  it('refuse a date that is not a calendar day YYYY-MM-DD', () => {
    expect(() => skatteoppgjoerHendelseFinnes(2024, '2025-3-1')).toThrow(
      'dato "2025-3-1" is not valid: must be a date YYYY-MM-DD',
    );
    expect(() => skatteoppgjoerHendelseFinnes(2024, '2025-13-01')).toThrow(/dato/);
    expect(() => skatteoppgjoerHendelseFinnes(2024, '2025-02-31')).toThrow(
      'dato "2025-02-31" is not valid: must be a date YYYY-MM-DD',
    );
    expect(skatteoppgjoerHendelseFinnes(2023, '2024-02-29').params.dato).toBe('2024-02-29');
    expect(
      checkProviderState({
        name: stateNames.skatteoppgjoerHendelseFinnes,
        params: { inntektsaar: '2024', dato: '2025-02-31' },
      }),
    ).toHaveLength(1);
  });
});

describe('checkProviderState', () => {
  it('accepts a state built by a builder', () => {
    expect(checkProviderState(personErUkjent('01818710190'))).toEqual([]);
  });

  it('refuses an unknown state and lists the known ones', () => {
    const [problem] = checkProviderState({ name: 'person 01818710190 exists' });
    expect(problem?.problem).toMatch(/^unknown provider state; known states are: "person \{/);
  });

  it('names a missing param and a value that breaks its rule', () => {
    expect(
      checkProviderState({
        name: stateNames.personHarOppgjoer,
        params: { personidentifikator: 'abc' },
      }).map((p) => p.problem),
    ).toEqual([
      'param personidentifikator "abc" must be exactly 11 digits',
      'param inntektsaar is missing',
    ]);
  });

  it('renders a state for people', () => {
    expect(describeProviderState(personHarOppgjoer('01818710190', '2024'))).toBe(
      'person 01818710190 has 2024 oppgjoer',
    );
    expect(findProviderState(stateNames.personErSkjermet)?.answers).toMatch(/skjermet: true/);
  });
});
