import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

/**
 * A route parameter (`/tips/:id`) or query parameter (`?compare=ar`) as a signal. Reading the
 * route here keeps the router's component-input binding, and its weight, out of the first bundle.
 */
export function routeParam(name: string): Signal<string | undefined> {
  const route = inject(ActivatedRoute);
  return toSignal(route.paramMap.pipe(map((params) => params.get(name) ?? undefined)), {
    initialValue: route.snapshot.paramMap.get(name) ?? undefined,
  });
}

export function queryParam(name: string): Signal<string | undefined> {
  const route = inject(ActivatedRoute);
  return toSignal(route.queryParamMap.pipe(map((params) => params.get(name) ?? undefined)), {
    initialValue: route.snapshot.queryParamMap.get(name) ?? undefined,
  });
}
