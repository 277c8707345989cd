// Reading a pasted invite: server addresses (several, for failover) as WebSocket URLs, the token's room, role and
// expiry, and a sentence for each thing a user can get wrong. The signature is the server's to check.
import { describe, expect, it } from 'vitest';
import { InviteError, parseInvite, permissionOrigin, readToken, serverUrl } from '../../../lib/sync/invite';

const NOW = 1_764_900_000_000;

function token(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('room invites', () => {
  it('reads several server addresses in order, as WebSocket URLs, and the token claims', () => {
    const invite = parseInvite(
      'ws://127.0.0.1:1234, https://rooms.example.com/ , 127.0.0.1:1235',
      token({ room: 'show-101', role: 'viewer', exp: NOW / 1000 + 3600 }),
      NOW,
    );
    expect(invite.servers).toEqual(['ws://127.0.0.1:1234', 'wss://rooms.example.com', 'ws://127.0.0.1:1235']);
    expect(invite.room).toBe('show-101');
    expect(invite.role).toBe('viewer');
    expect(invite.expiresAt).toBe(NOW + 3_600_000);
  });

  it('asks for the host permission of the server origin only', () => {
    expect(permissionOrigin('ws://127.0.0.1:1234')).toBe('http://127.0.0.1:1234/*');
    expect(permissionOrigin('wss://rooms.example.com')).toBe('https://rooms.example.com/*');
  });

  it('turns a bare remote host into wss:, so a room is encrypted unless the address says otherwise', () => {
    expect(serverUrl('rooms.example.com:443')).toBe('wss://rooms.example.com');
  });

  it('refuses with a sentence: an expired invite, a token that is not one, a bad address, no role', () => {
    const bad = (servers: string, t: string) => {
      try {
        parseInvite(servers, t, NOW);
      } catch (e) {
        expect(e, 'a typed error').toBeInstanceOf(InviteError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(bad('ws://h:1', token({ room: 'r', role: 'editor', exp: NOW / 1000 - 1 }))).toMatch(/expired/);
    expect(bad('ws://h:1', 'not a token')).toMatch(/not a room invite/);
    expect(bad('ftp://h:1', token({ room: 'r', role: 'editor' }))).toMatch(/not a room server address/);
    expect(bad('ws://u:p@h:1', token({ room: 'r', role: 'editor' }))).toMatch(/user name or password/);
    expect(bad('ws://h:1', token({ room: 'r', role: 'admin' }))).toMatch(/no role/);
    expect(bad('', token({ room: 'r', role: 'editor' }))).toMatch(/address/);
    expect(() => readToken('a.%%%.c')).toThrow(/damaged/);
  });
});
