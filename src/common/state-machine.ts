/** One row of a lifecycle: who may move an object from `from` to `to` with `action`. */
export interface Transition<S extends string, A extends string, R extends string> {
  action: A;
  from: readonly S[];
  to: S;
  actors: readonly R[];
}

export type TransitionCheck<S extends string> =
  | { ok: true; to: S }
  | { ok: false; reason: 'unknown-action' | 'wrong-state' | 'forbidden'; allowedFrom?: readonly S[] };

/** A lifecycle as an explicit transition table, checked in one place. */
export class StateMachine<S extends string, A extends string, R extends string> {
  constructor(readonly transitions: readonly Transition<S, A, R>[]) {}

  check(state: S, action: A, roles: readonly string[]): TransitionCheck<S> {
    const rows = this.transitions.filter((t) => t.action === action);
    if (rows.length === 0) return { ok: false, reason: 'unknown-action' };
    const row = rows.find((t) => t.from.includes(state));
    if (!row) return { ok: false, reason: 'wrong-state', allowedFrom: rows.flatMap((t) => t.from) };
    if (!row.actors.some((r) => roles.includes(r))) return { ok: false, reason: 'forbidden' };
    return { ok: true, to: row.to };
  }

  /** Actions available from `state` to someone with `roles` (shown to clients). */
  available(state: S, roles: readonly string[]): A[] {
    return this.transitions.filter((t) => t.from.includes(state) && t.actors.some((r) => roles.includes(r))).map((t) => t.action);
  }
}
