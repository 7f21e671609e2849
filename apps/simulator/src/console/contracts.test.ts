import { describe, expect, it } from 'vitest';
import { openApiDocuments, serversForDocs } from './contracts.js';

describe('serversForDocs', () => {
  it('puts the documented simulator first, as a path on the page’s own origin', () => {
    expect(
      serversForDocs([
        { url: 'https://inntekt.api.skatteetaten-test.no', description: 'test' },
        { url: 'http://127.0.0.1:5280/inntekt', description: 'simulator' },
      ]),
    ).toEqual([
      { url: '/inntekt', description: 'This simulator' },
      { url: 'https://inntekt.api.skatteetaten-test.no', description: 'test' },
    ]);
  });

  it('gives the simulator’s root as / and keeps a contract without it as it is', () => {
    expect(serversForDocs([{ url: 'http://127.0.0.1:5280' }])).toEqual([
      { url: '/', description: 'This simulator' },
    ]);
    expect(serversForDocs([{ url: 'https://x.example' }])).toEqual([{ url: 'https://x.example' }]);
    expect(serversForDocs(undefined)).toEqual([]);
  });
});

describe('openApiDocuments', () => {
  it('reads each shipped contract’s title without parsing it', async () => {
    const docs = await openApiDocuments();
    expect(docs[0]).toEqual({
      path: 'simulator/openapi.yaml',
      title: 'Skattedeling simulator — admin API',
    });
    expect(docs.find((d) => d.path === 'maskinporten/openapi.yaml')?.title).toMatch(/Maskinporten/);
  });
});
