import { Signal, computed, inject } from '@angular/core';
import { ContentStore } from '../../core/content/content-store';
import { ShareCodes } from './share-link';

/** The share codes of the shipped content; empty until the content has loaded. */
export function injectShareCodes(): Signal<ShareCodes> {
  const content = inject(ContentStore);
  return computed(
    () =>
      new ShareCodes({
        tips: content.tips(),
        guides: content.guides(),
        contacts: content.contacts(),
      }),
  );
}
