/**
 * Forgetting a kiosk visitor ($lib/kiosk/wipe.ts): both Web Storages cleared, every IndexedDB database listed by
 * the browser deleted (done, failed or blocked, the wipe goes on), cookies expired; a browser that lacks or refuses
 * any of these never makes the wipe throw; the kiosk start is loaded only once everything is done.
 */
import { describe, expect, it } from 'vitest';
import { clearCookies, deleteDatabases, wipeAndRestart, wipeVisitorData, type WipeTargets } from '../../src/lib/kiosk/wipe';

function storage() {
  const data = new Map([['k', 'v']]);
  return { data, clear: () => data.clear() };
}

type Outcome = 'success' | 'error' | 'blocked';
function idb(names: Record<string, Outcome>) {
  const live = new Set(Object.keys(names));
  const deleted: string[] = [];
  return {
    live,
    deleted,
    databases: async () => [...live].map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      const req: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      setTimeout(() => {
        const how = names[name];
        if (how !== 'error') live.delete(name);
        deleted.push(name);
        req[`on${how}`]?.();
      }, 1);
      return req as unknown as IDBOpenDBRequest;
    }
  };
}

describe('wipeVisitorData', () => {
  it('clears localStorage and sessionStorage, deletes every database, expires every cookie', async () => {
    const local = storage();
    const session = storage();
    const db = idb({ a: 'success', b: 'blocked', c: 'error' });
    const written: string[] = [];
    const doc = {
      get cookie() {
        return 'x=1; reprise_test=visitor1';
      },
      set cookie(v: string) {
        written.push(v);
      }
    };
    await wipeVisitorData({ localStorage: local, sessionStorage: session, indexedDB: db, document: doc });
    expect(local.data.size).toBe(0);
    expect(session.data.size).toBe(0);
    expect(db.deleted.sort()).toEqual(['a', 'b', 'c']);
    expect(written).toEqual(['x=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/', 'reprise_test=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/']);
  });

  it('never throws: storage refused, no IndexedDB listing, listing refused, cookies refused, nothing at all', async () => {
    const refusing = { clear: () => { throw new Error('SecurityError'); } };
    const noCookies = { get cookie(): string { throw new Error('SecurityError'); }, set cookie(_v: string) {} };
    const noListing = { deleteDatabase: () => { throw new Error('unused'); } } as unknown as WipeTargets['indexedDB'];
    const listingRefused = { databases: () => Promise.reject(new Error('SecurityError')), deleteDatabase: () => { throw new Error('unused'); } } as unknown as WipeTargets['indexedDB'];
    await expect(wipeVisitorData({ localStorage: refusing, sessionStorage: refusing, indexedDB: noListing, document: noCookies })).resolves.toBeUndefined();
    await expect(deleteDatabases(listingRefused)).resolves.toBeUndefined();
    await expect(wipeVisitorData({})).resolves.toBeUndefined();
    expect(() => clearCookies(null)).not.toThrow();
  });

  it('a database whose deletion throws does not stop the others', async () => {
    const deleted: string[] = [];
    const db = {
      databases: async () => [{ name: 'bad' }, { name: 'good' }, {}],
      deleteDatabase(name: string) {
        if (name === 'bad') throw new Error('InvalidStateError');
        const req: { onsuccess?: () => void } = {};
        queueMicrotask(() => {
          deleted.push(name);
          req.onsuccess?.();
        });
        return req as unknown as IDBOpenDBRequest;
      }
    };
    await wipeVisitorData({ indexedDB: db });
    expect(deleted).toEqual(['good']);
  });
});

describe('wipeAndRestart', () => {
  it('goes to the start only after the databases are gone', async () => {
    const db = idb({ a: 'success', b: 'success' });
    const visits: [string, number][] = [];
    await wipeAndRestart('/borne/?impression=1', { indexedDB: db }, (url) => visits.push([url, db.live.size]));
    expect(visits).toEqual([['/borne/?impression=1', 0]]);
  });
});
