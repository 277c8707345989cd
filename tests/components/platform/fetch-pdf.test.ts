// The PDF open in a tab is fetched again (the viewer does not hand its bytes over): only the tab's own http(s) or
// file address, streamed with a byte cap, and taken as a PDF only by its content type or its first bytes.
import { describe, expect, it, vi } from 'vitest';
import { fetchTabPdf, sameDocument } from '../../../components/platform/fetch-pdf';

const PDF = new TextEncoder().encode('%PDF-1.7\n% fake body\n');

function serve(body: BodyInit | null, init: ResponseInit & { url?: string } = {}) {
  return vi.fn(async () => {
    const res = new Response(body, init);
    if (init.url) Object.defineProperty(res, 'url', { value: init.url });
    return res;
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

describe('fetchTabPdf', () => {
  it('reads the tab’s own PDF, by content type or by its first bytes', async () => {
    const typed = serve(PDF, { headers: { 'content-type': 'application/pdf' } });
    expect(await fetchTabPdf('https://x.test/a.pdf', { fetcher: typed })).toEqual(PDF);
    const untyped = serve(PDF, { headers: { 'content-type': 'application/octet-stream' } });
    expect(
      await fetchTabPdf('https://x.test/a.pdf#page=3', { tabUrl: 'https://x.test/a.pdf', fetcher: untyped }),
    ).toEqual(PDF);
  });

  it('refuses other schemes without a request', async () => {
    const f = serve(PDF);
    for (const url of [
      'javascript:alert(1)',
      'data:application/pdf;base64,JVBERi0=',
      'chrome://settings',
      'ftp://x/a.pdf',
    ]) {
      await expect(fetchTabPdf(url, { fetcher: f }), url).rejects.toThrow(
        /http, https\) and file addresses only/,
      );
    }
    expect(f, 'nothing was fetched').not.toHaveBeenCalled();
  });

  it('refuses an address other than the tab’s', async () => {
    const f = serve(PDF);
    await expect(
      fetchTabPdf('https://tracker.test/ping.pdf', { tabUrl: 'https://x.test/a.pdf', fetcher: f }),
    ).rejects.toThrow(/another address than the tab shows/);
    expect(f).not.toHaveBeenCalled();
  });

  it('refuses a body that is not a PDF (an HTML page)', async () => {
    const f = serve('<html><embed type="application/pdf"></html>', {
      headers: { 'content-type': 'text/html' },
    });
    await expect(fetchTabPdf('https://x.test/page', { fetcher: f })).rejects.toThrow(/did not give a PDF/);
  });

  it('stops at the byte cap, declared or streamed', async () => {
    const declared = serve(PDF, { headers: { 'content-length': String(500 * 1024 * 1024) } });
    await expect(fetchTabPdf('https://x.test/a.pdf', { fetcher: declared })).rejects.toThrow(
      /too large to read \(500 MB/,
    );
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const streamed = serve(endless, { headers: { 'content-type': 'application/pdf' } });
    await expect(
      fetchTabPdf('https://x.test/a.pdf', { fetcher: streamed, maxBytes: 1024 * 1024 }),
    ).rejects.toThrow(/too large to read/);
    expect(pulled, 'reading stopped soon after the cap').toBeLessThan(40);
  });

  it('a redirect to another scheme is refused', async () => {
    const f = serve(PDF, { headers: { 'content-type': 'application/pdf' }, url: 'data:application/pdf,x' });
    await expect(fetchTabPdf('https://x.test/a.pdf', { fetcher: f })).rejects.toThrow(
      /somewhere Scriptside does not read/,
    );
  });

  it('Cancel stops the download: the signal goes to fetch, and the stream stops at the next chunk', async () => {
    const controller = new AbortController();
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        if (pulled === 3) controller.abort();
        c.enqueue(pulled === 1 ? PDF : new Uint8Array(1024));
      },
    });
    const f = serve(endless, { headers: { 'content-type': 'application/pdf' } });
    const e = await fetchTabPdf('https://x.test/a.pdf', { fetcher: f, signal: controller.signal }).catch(
      (x: unknown) => x,
    );
    expect((e as { code?: string }).code, 'ends as cancelled').toBe('cancelled');
    expect(pulled, 'no chunk read after the abort').toBeLessThanOrEqual(4);
    expect(f.mock.calls[0][1], 'fetch itself gets the signal').toMatchObject({ signal: controller.signal });
    await expect(
      fetchTabPdf('https://x.test/a.pdf', { fetcher: serve(PDF), signal: controller.signal }),
      'an aborted reading does not start a download',
    ).rejects.toThrow(/cancelled/);
  });

  it('sameDocument ignores only the fragment', () => {
    expect(sameDocument('https://x.test/a.pdf#page=2', 'https://x.test/a.pdf')).toBe(true);
    expect(sameDocument('https://x.test/a.pdf?v=2', 'https://x.test/a.pdf')).toBe(false);
    expect(sameDocument('not a url', 'https://x.test/a.pdf')).toBe(false);
  });
});
