// Every message between the page reader, the background and the panel, and the validator each receiver runs first.
// Page text is untrusted and extension messages can be forged by other senders: nothing is used before it passes here.

import type { PageExtract } from '../reading/page-extract';
import type { PageBlock } from '../script/blocks';

/** A request the background hands to the panel (stored in storage.session until the panel picks it up). */
export type PendingAction =
  | { type: 'read-page'; tabId: number; at: number; extract?: PageExtract; error?: string }
  | { type: 'add-note'; tabId: number; at: number; url: string; quote: string }
  | { type: 'flag-fact'; tabId: number; at: number; url: string; quote: string };

/** Runtime messages. */
export type Message =
  | { type: 'pending-action'; action: PendingAction }
  /** The panel asks the background for the action waiting for it (after it opened). */
  | { type: 'take-pending-action' };

export const LIMITS = {
  /** Whole script texts (a 1,000-page script is about 1.5 MB). */
  text: 8_000_000,
  /** One block's text. */
  blockText: 200_000,
  blocks: 100_000,
  /** URLs, titles, quotes and other short strings. */
  short: 8_192,
  quote: 20_000,
  depth: 8,
} as const;

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

class Invalid extends Error {}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function obj(v: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(`${path} is not an object`);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw new Invalid(`${path} is not a plain object`);
  for (const k of Reflect.ownKeys(v)) {
    if (typeof k !== 'string' || FORBIDDEN_KEYS.has(k)) throw new Invalid(`${path} has a forbidden key`);
    if (!allowed.includes(k)) throw new Invalid(`${path}.${k} is not expected`);
  }
  return v as Record<string, unknown>;
}

function str(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') throw new Invalid(`${path} is not a string`);
  if (v.length > max) throw new Invalid(`${path} is too long (${v.length} > ${max})`);
  return v;
}

function optStr(v: unknown, path: string, max: number): void {
  if (v !== undefined) str(v, path, max);
}

function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw new Invalid(`${path} is not a whole number`);
  return v;
}

function optBool(v: unknown, path: string): void {
  if (v !== undefined && typeof v !== 'boolean') throw new Invalid(`${path} is not true/false`);
}

function block(v: unknown, path: string): void {
  const o = obj(v, path, ['text', 'tag', 'className', 'indent', 'bold', 'centered']);
  str(o.text, `${path}.text`, LIMITS.blockText);
  str(o.tag, `${path}.tag`, 32);
  str(o.className, `${path}.className`, 2_000);
  if (o.indent !== undefined && (typeof o.indent !== 'number' || !Number.isFinite(o.indent))) {
    throw new Invalid(`${path}.indent is not a number`);
  }
  optBool(o.bold, `${path}.bold`);
  optBool(o.centered, `${path}.centered`);
}

function extract(v: unknown, path: string): void {
  const kind = (v as { kind?: unknown } | null)?.kind;
  const base = ['kind', 'url', 'title', 'contentType'];
  const extra =
    kind === 'pre' || kind === 'text'
      ? ['text']
      : kind === 'blocks'
        ? ['blocks']
        : kind === 'pdf'
          ? []
          : null;
  if (!extra) throw new Invalid(`${path}.kind is unknown`);
  const o = obj(v, path, [...base, ...extra]);
  str(o.url, `${path}.url`, LIMITS.short);
  str(o.title, `${path}.title`, LIMITS.short);
  str(o.contentType, `${path}.contentType`, 200);
  if (kind === 'pre' || kind === 'text') str(o.text, `${path}.text`, LIMITS.text);
  if (kind === 'blocks') {
    if (!Array.isArray(o.blocks)) throw new Invalid(`${path}.blocks is not a list`);
    if (o.blocks.length > LIMITS.blocks) throw new Invalid(`${path}.blocks has too many items`);
    let total = 0;
    o.blocks.forEach((b, i) => {
      block(b, `${path}.blocks[${i}]`);
      total += (b as PageBlock).text.length;
    });
    if (total > LIMITS.text) throw new Invalid(`${path}.blocks hold too much text`);
  }
}

function pendingAction(v: unknown, path: string): void {
  const type = (v as { type?: unknown } | null)?.type;
  if (type === 'read-page') {
    const o = obj(v, path, ['type', 'tabId', 'at', 'extract', 'error']);
    int(o.tabId, `${path}.tabId`);
    int(o.at, `${path}.at`);
    if (o.extract !== undefined) extract(o.extract, `${path}.extract`);
    optStr(o.error, `${path}.error`, LIMITS.short);
  } else if (type === 'add-note' || type === 'flag-fact') {
    const o = obj(v, path, ['type', 'tabId', 'at', 'url', 'quote']);
    int(o.tabId, `${path}.tabId`);
    int(o.at, `${path}.at`);
    str(o.url, `${path}.url`, LIMITS.short);
    str(o.quote, `${path}.quote`, LIMITS.quote);
  } else {
    throw new Invalid(`${path}.type is unknown`);
  }
}

function run<T>(check: () => void, v: unknown): Validation<T> {
  try {
    check();
    return { ok: true, value: v as T };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

/** Checks a runtime message: known type, exact fields, bounded strings, no prototype keys. */
export function validateMessage(v: unknown): Validation<Message> {
  return run<Message>(() => {
    const type = (v as { type?: unknown } | null)?.type;
    if (type === 'pending-action')
      pendingAction(obj(v, 'message', ['type', 'action']).action, 'message.action');
    else if (type === 'take-pending-action') obj(v, 'message', ['type']);
    else throw new Invalid('message.type is unknown');
  }, v);
}

/** Checks what the page reader returned (it ran in the page, so treat it like any page data). */
export function validatePageExtract(v: unknown): Validation<PageExtract> {
  return run<PageExtract>(() => extract(v, 'extract'), v);
}

/** Checks a pending action read back from storage.session. */
export function validatePendingAction(v: unknown): Validation<PendingAction> {
  return run<PendingAction>(() => pendingAction(v, 'action'), v);
}

/** The parts of a runtime MessageSender the checks look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** True when the sender is one of this extension's own pages (panel, options), not a content script or a web page. */
export function isExtensionPageSender(
  sender: SenderLike,
  runtimeId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== runtimeId || typeof sender.url !== 'string') return false;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url.startsWith(origin);
}
