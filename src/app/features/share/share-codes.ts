import { Signal, computed, inject } from '@angular/core';
import { ContentStore } from '../../core/content/content-store';
import { Language } from '../../core/i18n/language';
import { DecodedPack, ShareCodes, decodePack } from '../../shared/share/share-link';

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

/** Reads a pack from a fragment against the shipped content and languages (signal-aware). */
export function injectPackReader(): (fragment: string | null | undefined) => DecodedPack {
  const codes = injectShareCodes();
  const languages = inject(Language).languages.map((language) => language.code);
  return (fragment) => decodePack(fragment, codes(), languages);
}
