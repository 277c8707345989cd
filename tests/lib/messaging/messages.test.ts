import { describe, expect, it } from 'vitest';
import {
  isExtensionPageSender,
  LIMITS,
  validatePageExtract,
  validateMessage,
  validatePendingAction,
} from '../../../lib/messaging/messages';

const readPage = {
  type: 'pending-action',
  action: {
    type: 'read-page',
    tabId: 7,
    at: 1700000000000,
    extract: {
      kind: 'blocks',
      url: 'https://x.test/s',
      title: 'S',
      contentType: 'text/html',
      blocks: [{ text: 'INT. ROOM - DAY', tag: 'p', className: 'scene-heading', indent: 0, bold: true }],
    },
  },
};

describe('validateMessage', () => {
  it('accepts well-formed messages of every type', () => {
    expect(validateMessage(readPage).ok, 'read-page with blocks').toBe(true);
    expect(validateMessage({ type: 'take-pending-action' }).ok, 'take-pending-action').toBe(true);
    const note = {
      type: 'pending-action',
      action: { type: 'add-note', tabId: 1, at: 2, url: 'u', quote: 'q' },
    };
    expect(validateMessage(note).ok, 'add-note').toBe(true);
  });

  it('rejects unknown types and non-objects', () => {
    for (const bad of [null, 42, 'read', [], { type: 'delete-everything' }, { action: {} }]) {
      expect(validateMessage(bad).ok, `rejects ${JSON.stringify(bad)}`).toBe(false);
    }
    const r = validateMessage({ type: 'pending-action', action: { type: 'run-code', tabId: 1, at: 1 } });
    expect(!r.ok && r.error, 'says which field').toMatch(/action.type is unknown/);
  });

  it('rejects missing fields, wrong field types and extra fields', () => {
    const missing = { type: 'pending-action', action: { type: 'add-note', tabId: 1, at: 2, url: 'u' } };
    expect(validateMessage(missing).ok, 'missing quote').toBe(false);
    const wrong = {
      type: 'pending-action',
      action: { type: 'add-note', tabId: '1', at: 2, url: 'u', quote: 'q' },
    };
    expect(validateMessage(wrong).ok, 'tabId as string').toBe(false);
    const extra = { type: 'take-pending-action', run: 'x' };
    expect(validateMessage(extra).ok, 'unexpected field').toBe(false);
    const negative = {
      type: 'pending-action',
      action: { type: 'add-note', tabId: -1, at: 2, url: 'u', quote: 'q' },
    };
    expect(validateMessage(negative).ok, 'negative tab id').toBe(false);
  });

  it('rejects __proto__ and constructor keys, even nested', () => {
    const top = JSON.parse('{"type":"take-pending-action","__proto__":{"polluted":1}}');
    expect(validateMessage(top).ok, '__proto__ at the top').toBe(false);
    const nested = structuredClone(readPage) as any;
    Object.defineProperty(nested.action.extract.blocks[0], '__proto__', { value: {}, enumerable: true });
    expect(validateMessage(nested).ok, '__proto__ inside a block').toBe(false);
    const ctor = {
      type: 'pending-action',
      action: { type: 'add-note', tabId: 1, at: 2, url: 'u', quote: 'q', constructor: 1 },
    };
    expect(validateMessage(ctor).ok, 'constructor key').toBe(false);
    expect(({} as any).polluted, 'nothing was polluted').toBeUndefined();
  });

  it('rejects huge strings but accepts a whole script text', () => {
    const longUrl = {
      type: 'pending-action',
      action: { type: 'add-note', tabId: 1, at: 2, url: 'u'.repeat(LIMITS.short + 1), quote: 'q' },
    };
    expect(validateMessage(longUrl).ok, 'a huge url').toBe(false);
    const script = 'INT. ROOM - DAY\n\n'.repeat(90_000);
    const pre = { kind: 'pre', url: 'u', title: 't', contentType: 'text/html', text: script };
    expect(validatePageExtract(pre).ok, 'a 1.5 MB script text is fine').toBe(true);
    expect(validatePageExtract({ ...pre, text: 'x'.repeat(LIMITS.text + 1) }).ok, 'over the text cap').toBe(
      false,
    );
  });

  it('checks page extracts strictly', () => {
    expect(
      validatePageExtract({ kind: 'pdf', url: 'u', title: 't', contentType: 'application/pdf' }).ok,
      'pdf',
    ).toBe(true);
    expect(
      validatePageExtract({ kind: 'pdf', url: 'u', title: 't', contentType: 'x', text: 'x' }).ok,
      'pdf with text',
    ).toBe(false);
    const badBlock = {
      kind: 'blocks',
      url: 'u',
      title: 't',
      contentType: 'x',
      blocks: [{ text: 'a', tag: 'p', className: 'c', indent: Number.NaN }],
    };
    expect(validatePageExtract(badBlock).ok, 'NaN indent').toBe(false);
    expect(
      validatePendingAction({ type: 'read-page', tabId: 1, at: 1, error: 'Cannot read chrome:// pages' }).ok,
      'read error',
    ).toBe(true);
  });
});

describe('isExtensionPageSender', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it("trusts only this extension's own pages", () => {
    expect(
      isExtensionPageSender({ id, url: `${origin}sidepanel.html?tabId=3` }, id, origin),
      'the panel',
    ).toBe(true);
    expect(
      isExtensionPageSender({ id, url: 'https://evil.test/', tab: {} }, id, origin),
      'a content script in a page',
    ).toBe(false);
    expect(
      isExtensionPageSender({ id: 'other', url: `chrome-extension://other/x.html` }, id, origin),
      'another extension',
    ).toBe(false);
    expect(
      isExtensionPageSender({ id, url: `chrome-extension://${id}evil/x.html` }, id, origin.slice(0, -1)),
      'origin prefix trick',
    ).toBe(false);
    expect(isExtensionPageSender({ id }, id, origin), 'no url').toBe(false);
  });
});
