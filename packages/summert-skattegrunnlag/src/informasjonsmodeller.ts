// Every income year the V2 API serves, 2017–2025, looked up by year: for code that handles many
// years (`informasjonsmodell(2024).tekniskNavn` is 2024's names, typed as 2024's union) and for
// validating a body against the model of the year it names.
import type { ValidationResult } from '@skattedeling/felles';
import { informasjonsmodell2017 } from './generated/aar/2017.js';
import { informasjonsmodell2018 } from './generated/aar/2018.js';
import { informasjonsmodell2019 } from './generated/aar/2019.js';
import { informasjonsmodell2020 } from './generated/aar/2020.js';
import { informasjonsmodell2021 } from './generated/aar/2021.js';
import { informasjonsmodell2022 } from './generated/aar/2022.js';
import { informasjonsmodell2023 } from './generated/aar/2023.js';
import { informasjonsmodell2024 } from './generated/aar/2024.js';
import { informasjonsmodell2025 } from './generated/aar/2025.js';

/** The model of each income year, by year. */
export interface Informasjonsmodeller {
  2017: typeof informasjonsmodell2017;
  2018: typeof informasjonsmodell2018;
  2019: typeof informasjonsmodell2019;
  2020: typeof informasjonsmodell2020;
  2021: typeof informasjonsmodell2021;
  2022: typeof informasjonsmodell2022;
  2023: typeof informasjonsmodell2023;
  2024: typeof informasjonsmodell2024;
  2025: typeof informasjonsmodell2025;
}

/** An income year with a published information model (the V2 API does not serve 2016). */
export type AarMedInformasjonsmodell = keyof Informasjonsmodeller;

/** The model of any one year. */
export type EttAarsInformasjonsmodell = Informasjonsmodeller[AarMedInformasjonsmodell];

const modeller: Informasjonsmodeller = {
  2017: informasjonsmodell2017,
  2018: informasjonsmodell2018,
  2019: informasjonsmodell2019,
  2020: informasjonsmodell2020,
  2021: informasjonsmodell2021,
  2022: informasjonsmodell2022,
  2023: informasjonsmodell2023,
  2024: informasjonsmodell2024,
  2025: informasjonsmodell2025,
};

/** The years with a model, oldest first. */
export const aarMedInformasjonsmodell: readonly AarMedInformasjonsmodell[] = [
  2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
];

/** True for a year (number or `"YYYY"`) that has an information model. */
export function harInformasjonsmodell(aar: unknown): boolean {
  return informasjonsmodell(aar as number) !== undefined;
}

/**
 * The information model of an income year. With a literal year the result is that year's model
 * (`informasjonsmodell(2024).tekniskNavn` is `readonly TekniskNavn2024[]`); with any other number
 * or a `"YYYY"` string it is undefined for a year without a model.
 */
export function informasjonsmodell<Y extends AarMedInformasjonsmodell>(
  aar: Y,
): Informasjonsmodeller[Y];
export function informasjonsmodell(aar: number | string): EttAarsInformasjonsmodell | undefined;
export function informasjonsmodell(aar: number | string): EttAarsInformasjonsmodell | undefined {
  const year = typeof aar === 'string' && /^\d{4}$/.test(aar) ? Number(aar) : aar;
  return typeof year === 'number' && Object.hasOwn(modeller, year)
    ? modeller[year as AarMedInformasjonsmodell]
    : undefined;
}

/**
 * Checks a V2 body against the model of the income year it names (`inntektsaar`): a 2024 body
 * must use 2024's names. A body whose year has no model fails at `inntektsaar`.
 */
export function validateInformasjonsmodell(body: unknown): ValidationResult<unknown> {
  const aar = (body as { inntektsaar?: unknown } | null)?.inntektsaar;
  const modell = typeof aar === 'string' ? informasjonsmodell(aar) : undefined;
  if (modell === undefined) {
    const message = `inntektsaar must be one of ${aarMedInformasjonsmodell.join(', ')} as a string (got ${JSON.stringify(aar)?.slice(0, 20) ?? 'nothing'})`;
    return { ok: false, errors: [{ path: 'inntektsaar', message }], message };
  }
  return modell.validate(body);
}
