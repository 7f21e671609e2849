// grant.signature: the signature verifies with the key chosen by signingKey, under the grant's alg.
import { verifySignature } from '../jwt.js';
import { bare } from './quote.js';
import { type GrantState, need, pass, refuse } from './state.js';

export function signatureVerifies(g: GrantState): void {
  const alg = need(g, 'alg');
  if (!verifySignature(need(g, 'jws'), alg, need(g, 'key'))) {
    const kid = need(g, 'jws').header.kid as string | undefined;
    refuse(
      'grant.signature',
      'signature',
      `signature does not verify with ${g.clientAmr === 'private_key_jwt' ? `the key registered as ${bare(kid ?? '')}` : 'the certificate in x5c'} (${alg})`,
    );
  }
  pass(g, 'grant.signature');
}
