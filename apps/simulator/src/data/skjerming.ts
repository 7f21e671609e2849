// Shielding (skjerming) of a Summert skattegrunnlag body. Which form a consumer gets depends on its
// rettighetspakke and is decided by the HTTP layer; these functions only build the two forms the
// documentation describes.
import type { SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';

/**
 * For a rights package without access to shielded persons: only the call's parameters and
 * `skjermet: true` (inferred from the general shielding rules; the contract allows this body).
 */
export function kunParametre(body: SummertSkattegrunnlag): SummertSkattegrunnlag {
  return {
    personidentifikator: body.personidentifikator,
    inntektsaar: body.inntektsaar,
    skjermet: true,
  };
}

/**
 * For a rights package allowed non-locating data: every amount stays, but the specifications go,
 * because they name what can locate a person (address and cadastral numbers of the home, employer,
 * bank, account and car registration). Sums and totals stay correct.
 */
export function utenLokaliserendeOpplysninger(body: SummertSkattegrunnlag): SummertSkattegrunnlag {
  const strip = (items: NonNullable<SummertSkattegrunnlag['grunnlag']>) =>
    items.map(({ spesifisering: _removed, ...item }) => item);
  return {
    ...body,
    ...(body.grunnlag === undefined ? {} : { grunnlag: strip(body.grunnlag) }),
    ...(body.svalbardGrunnlag === undefined
      ? {}
      : { svalbardGrunnlag: strip(body.svalbardGrunnlag) }),
    skjermet: true,
  };
}
