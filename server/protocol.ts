// Reads the head of a Hocuspocus message (document name, message type, sync step) without trusting it: the socket
// guard and the size limit look at it before Hocuspocus does.

/** Hocuspocus 3 message types (MessageType in @hocuspocus/server); anything else is refused. */
export const MESSAGE_TYPE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;

/** y-protocols sync steps: step 1 asks, step 2 and update carry changes. */
export const SYNC_STEP = { step1: 0, step2: 1, update: 2 } as const;

const KNOWN_TYPES = new Set<number>(Object.values(MESSAGE_TYPE));

/** Longest document name accepted in a message head (room names are at most 128 characters). */
const MAX_NAME_BYTES = 512;

export interface MessageHead {
  documentName: string;
  type: number;
  /** For sync messages, the sync step; otherwise undefined. */
  syncStep?: number;
  /** True when the message can change the document (a sync step 2 or an update). */
  writes: boolean;
}

class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) throw new RangeError('message ends inside a number');
      const byte = this.bytes[this.at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('number too long');
  }

  varString(): string {
    const length = this.varUint();
    if (length > MAX_NAME_BYTES || this.at + length > this.bytes.length)
      throw new RangeError('bad string length');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      this.bytes.subarray(this.at, this.at + length),
    );
    this.at += length;
    return text;
  }
}

/** The update a sync step 2 or update message carries, or undefined when it has none or is cut short. */
export function readSyncPayload(data: Uint8Array): Uint8Array | undefined {
  try {
    const reader = new Reader(data);
    reader.varString();
    const type = reader.varUint();
    if (type !== MESSAGE_TYPE.sync && type !== MESSAGE_TYPE.syncReply) return undefined;
    if (reader.varUint() === SYNC_STEP.step1) return undefined;
    const length = reader.varUint();
    if (reader.at + length > data.length) return undefined;
    return data.subarray(reader.at, reader.at + length);
  } catch {
    return undefined;
  }
}

/** Reads a message's head, or returns undefined when it is not a Hocuspocus message this server handles. */
export function readMessageHead(data: Uint8Array): MessageHead | undefined {
  try {
    const reader = new Reader(data);
    const documentName = reader.varString();
    const type = reader.varUint();
    if (!KNOWN_TYPES.has(type)) return undefined;
    if (type !== MESSAGE_TYPE.sync && type !== MESSAGE_TYPE.syncReply)
      return { documentName, type, writes: false };
    const syncStep = reader.varUint();
    if (syncStep > SYNC_STEP.update) return undefined;
    return { documentName, type, syncStep, writes: syncStep !== SYNC_STEP.step1 };
  } catch {
    return undefined;
  }
}

function varUint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
}

/** A sync step 2 message carrying `update` for `documentName` (how one instance hands a change to the others). */
export function encodeSyncStep2(documentName: string, update: Uint8Array): Buffer {
  const name = Buffer.from(documentName, 'utf8');
  return Buffer.concat([
    Buffer.from([...varUint(name.length)]),
    name,
    Buffer.from([MESSAGE_TYPE.sync, SYNC_STEP.step2, ...varUint(update.byteLength)]),
    update,
  ]);
}
