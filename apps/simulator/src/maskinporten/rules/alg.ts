// grant.alg: Maskinporten accepts RS256, RS384 and RS512 only (reference §4). Any other alg
// (none, HS*, ES*, PS*) cannot be verified against a registered RSA key, hence MP-124.
import { isRsaAlgorithm } from '../jwt.js';
import { quote } from './quote.js';
import { type GrantState, need, pass, refuse } from './state.js';

export function rsaAlgorithm(g: GrantState): void {
  const alg = need(g, 'jws').header.alg;
  if (!isRsaAlgorithm(alg)) {
    refuse(
      'grant.alg',
      'signature',
      `alg ${alg === undefined ? 'is missing' : `${quote(alg)} is not accepted`}; Maskinporten accepts RS256, RS384, RS512`,
    );
  }
  g.alg = alg;
  pass(g, 'grant.alg', alg);
}
