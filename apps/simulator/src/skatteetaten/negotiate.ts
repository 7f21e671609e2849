// Content negotiation as Skatteetaten documents it: JSON by default, XML for
// `Accept: application/xml`, 406 for anything else. A missing Accept, `*/*` and `application/*`
// get JSON. When several acceptable types are listed the highest q wins; at equal q an explicit
// type beats a wildcard, then the first listed wins.
export type Format = 'json' | 'xml';

export function negotiate(accept: string | undefined): Format | undefined {
  if (accept === undefined || accept.trim() === '') return 'json';
  let best: Format | undefined;
  let bestScore = -1;
  for (const range of accept.split(',')) {
    const [type, ...params] = range.split(';');
    const media = (type ?? '').trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=');
      if (k?.trim().toLowerCase() === 'q') {
        const n = Number(v?.trim());
        q = Number.isFinite(n) && n >= 0 && n <= 1 ? n : 0;
      }
    }
    if (q <= 0) continue;
    let format: Format | undefined;
    let explicit = 1;
    if (media === 'application/json') format = 'json';
    else if (media === 'application/xml') format = 'xml';
    else if (media === '*/*' || media === 'application/*') {
      format = 'json';
      explicit = 0;
    }
    if (format === undefined) continue;
    const score = q * 10 + explicit;
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}
