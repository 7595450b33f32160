import { computed } from '@angular/core';
import { injectStoreOnceStored } from '../../core/db/database-presence';

/**
 * The device's ticks for the tip cards and a tip's page, loaded with Dexie only once the database
 * exists (`injectStoreOnceStored`): `store()` is `null` while nothing is stored. `known()` says
 * whether the ticks can be shown, so a done step never shows as not done first. Injection context.
 */
export function injectChecklist() {
  const store = injectStoreOnceStored(() =>
    import('./checklist-store').then((m) => m.ChecklistStore),
  );
  const known = computed(() => {
    const checklist = store();
    return checklist === null || (checklist !== undefined && checklist.loaded());
  });
  return { store, known };
}
