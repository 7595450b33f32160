/** Where a change sentence leads: an in-app page (with an optional section) or a website. */
export type ChangeTarget =
  | { readonly kind: 'app'; readonly path: string; readonly fragment?: string }
  | { readonly kind: 'web'; readonly url: string };

/** "/guides/x#steps" stays in the app; "https://…" opens outside it. */
export function changeTarget(link: string): ChangeTarget {
  if (link.startsWith('/')) {
    const [path, fragment] = link.split('#');
    return { kind: 'app', path, fragment: fragment || undefined };
  }
  return { kind: 'web', url: link };
}
