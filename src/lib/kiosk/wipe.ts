/**
 * Forgetting a kiosk visitor: everything the browser may keep for this site on the device — Web Storage, IndexedDB
 * databases, cookies — is erased, then the kiosk start is loaded with `location.replace`, which drops the page's
 * memory (the answers, the form fields) and leaves no history entry that Back could return to. The service worker
 * and its Cache Storage are kept on purpose: they are the site's own files, so the kiosk keeps working offline.
 * Every step tolerates a browser that lacks it or refuses it (private mode, kiosk lockdown): a wipe never throws.
 */
export interface WipeTargets {
  localStorage?: Pick<Storage, 'clear'> | null;
  sessionStorage?: Pick<Storage, 'clear'> | null;
  indexedDB?: Pick<IDBFactory, 'deleteDatabase'> & { databases?: () => Promise<{ name?: string }[]> } | null;
  document?: { cookie: string } | null;
}

/** What there is to wipe in this browser (each access may throw when storage is disabled). */
export function browserTargets(): WipeTargets {
  const get = <T>(f: () => T): T | null => {
    try {
      return f() ?? null;
    } catch {
      return null;
    }
  };
  return {
    localStorage: get(() => globalThis.localStorage),
    sessionStorage: get(() => globalThis.sessionStorage),
    indexedDB: get(() => globalThis.indexedDB),
    document: get(() => globalThis.document)
  };
}

export function clearStorage(s: Pick<Storage, 'clear'> | null | undefined): void {
  try {
    s?.clear();
  } catch {
    /* refused: nothing was stored there */
  }
}

/** Deletes one database; resolves when done, failed, or blocked by a connection still open (it is then deleted as soon as that connection closes, e.g. when the page is replaced). */
function deleteDatabase(idb: NonNullable<WipeTargets['indexedDB']>, name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const r = idb.deleteDatabase(name);
      r.onsuccess = () => resolve();
      r.onerror = () => resolve();
      r.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
}

/** Every IndexedDB database of the site (where the browser can list them: `indexedDB.databases()`). */
export async function deleteDatabases(idb: WipeTargets['indexedDB']): Promise<void> {
  if (!idb || typeof idb.databases !== 'function') return;
  let list: { name?: string }[] = [];
  try {
    list = await idb.databases();
  } catch {
    return;
  }
  await Promise.all(list.flatMap((d) => (d.name ? [deleteDatabase(idb, d.name)] : [])));
}

/** Expires every cookie the page can see (Reprise sets none; anything found was not ours to keep). */
export function clearCookies(doc: WipeTargets['document']): void {
  if (!doc) return;
  try {
    for (const part of doc.cookie.split(';')) {
      const name = part.split('=')[0].trim();
      if (name) doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  } catch {
    /* cookies disabled */
  }
}

/** Erases everything this site keeps on the device for a visitor (not the service worker and its cache). */
export async function wipeVisitorData(targets: WipeTargets = browserTargets()): Promise<void> {
  clearStorage(targets.localStorage);
  clearStorage(targets.sessionStorage);
  clearCookies(targets.document);
  await deleteDatabases(targets.indexedDB);
}

/** Wipes, then loads the kiosk start in place of this page (no history entry; the page's memory is gone). */
export async function wipeAndRestart(start: string, targets: WipeTargets = browserTargets(), go: (url: string) => void = (u) => location.replace(u)): Promise<void> {
  await wipeVisitorData(targets);
  go(start);
}
