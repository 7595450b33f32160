/**
 * Thrown inside a transaction when another tab wrote first: the work is done again from what is
 * stored now.
 */
export class ChangedMeanwhile extends Error {}

/** Attempts in all: tabs racing for longer than this mean something else is wrong. */
export const ATTEMPTS_WHEN_CHANGED = 5;

/**
 * The one retry rule for optimistic writes: runs `attempt` again while it throws
 * `ChangedMeanwhile`, at most ATTEMPTS_WHEN_CHANGED times in all; any other error, or the last
 * `ChangedMeanwhile`, reaches the caller. Web Crypto cannot run inside an IndexedDB transaction,
 * so sealed writes are prepared first and checked inside the transaction (core/crypto/vault.ts,
 * core/crypto/vault-rewrite.ts).
 */
export async function retryWhenChanged<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || tries >= ATTEMPTS_WHEN_CHANGED) throw error;
    }
  }
}
