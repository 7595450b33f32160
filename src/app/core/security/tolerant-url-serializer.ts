import { Injectable } from '@angular/core';
import { DefaultUrlSerializer, UrlTree } from '@angular/router';

/**
 * Angular's serializer throws on a malformed percent-encoding anywhere in an address, and the
 * router then falls back to the home page, and stops following later hash changes: a hostile
 * link such as `share/pack#pack=%E0%A4%A` lost its page, and for a moment showed nothing at all
 * (issue 15, finding 10). Here a fragment that cannot be decoded is passed on as it came, so the
 * page it belongs to reads it and says the link is damaged; an undecodable query is dropped.
 */
@Injectable()
export class TolerantUrlSerializer extends DefaultUrlSerializer {
  override parse(url: string): UrlTree {
    try {
      return super.parse(url);
    } catch {
      const hash = url.indexOf('#');
      const beforeHash = hash < 0 ? url : url.slice(0, hash);
      let tree: UrlTree;
      try {
        tree = super.parse(beforeHash);
      } catch {
        tree = super.parse(beforeHash.split('?')[0]);
      }
      if (hash >= 0) tree.fragment = decodedOrRaw(url.slice(hash + 1));
      return tree;
    }
  }
}

function decodedOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
