// The PDF shown in a tab no extension may script (Firefox's PDF viewer) is fetched from the tab's URL, but only from
// http(s) or file URLs, only when the body is a PDF, and never past the size cap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchPdfShownInTab, MAX_PDF_BYTES } from '../../../components/platform/pdf-tab';

const PDF = new TextEncoder().encode('%PDF-1.4\n% a tiny body\n');

/** A response whose body arrives in the given chunks, recording whether the reader cancelled it. */
function streamed(chunks: Uint8Array[]) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled < chunks.length) controller.enqueue(chunks[seen.pulled++]);
        else controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
      // Pull only when the reader asks, so `pulled` counts what the reader read.
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body, { status: 200 }), seen };
}

async function tabAt(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe('fetchPdfShownInTab', () => {
  it("reads a PDF from the tab's http URL, with its title", async () => {
    const fetch = vi.fn(async () => new Response(PDF));
    vi.stubGlobal('fetch', fetch);
    const id = await tabAt('http://127.0.0.1:8000/drafts/ep101.pdf');
    const got = await fetchPdfShownInTab(id);
    expect(fetch, 'fetched the tab URL itself').toHaveBeenCalledWith(
      'http://127.0.0.1:8000/drafts/ep101.pdf',
      {
        credentials: 'include',
      },
    );
    expect(got?.url).toBe('http://127.0.0.1:8000/drafts/ep101.pdf');
    expect(Array.from(got!.bytes), 'the whole body').toEqual(Array.from(PDF));
  });

  it("never fetches the browser's own pages or other schemes", async () => {
    const fetch = vi.fn(async () => new Response(PDF));
    vi.stubGlobal('fetch', fetch);
    for (const url of [
      'about:reader?url=x',
      'chrome://browser/content/x.pdf',
      'data:application/pdf,%PDF-1.4',
      'view-source:http://a/x.pdf',
    ])
      expect(await fetchPdfShownInTab(await tabAt(url)), url).toBeUndefined();
    expect(await fetchPdfShownInTab(999_999), 'a closed tab').toBeUndefined();
    expect(fetch, 'nothing fetched').not.toHaveBeenCalled();
  });

  it('keeps nothing that is not a PDF, and stops downloading it at the first chunk', async () => {
    const { response, seen } = streamed([
      new TextEncoder().encode('<!doctype html><p>hi</p>'),
      new Uint8Array(10),
    ]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response),
    );
    expect(await fetchPdfShownInTab(await tabAt('https://example.org/script.pdf'))).toBeUndefined();
    expect(seen.cancelled, 'download cancelled').toBe(true);
    expect(seen.pulled, 'only the first chunk read').toBe(1);
  });

  it('gives up past the size cap instead of holding the whole body', async () => {
    const chunk = new Uint8Array(16 * 1024 * 1024);
    chunk.set(PDF);
    const chunks = Array.from({ length: Math.ceil(MAX_PDF_BYTES / chunk.length) + 2 }, () => chunk);
    const { response, seen } = streamed(chunks);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response),
    );
    await expect(fetchPdfShownInTab(await tabAt('https://example.org/huge.pdf'))).rejects.toThrow(
      /too large/,
    );
    expect(seen.cancelled, 'download cancelled at the cap').toBe(true);
    expect(seen.pulled, 'not read to the end').toBeLessThan(chunks.length);
  });

  it('an error answer or a network failure is not a PDF', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(PDF, { status: 404 })),
    );
    expect(await fetchPdfShownInTab(await tabAt('https://example.org/gone.pdf'))).toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('NetworkError when attempting to fetch resource.');
      }),
    );
    expect(await fetchPdfShownInTab(await tabAt('https://example.org/offline.pdf'))).toBeUndefined();
  });
});
