import { AsyncLocalStorage } from "node:async_hooks";
import type { WriteDb } from "./database.js";

// What both engines' data.transaction share: a call inside a running body joins it (the async
// context says which body that is), a handle kept past its transaction refuses to be used, and an
// error a joined call threw fails the whole transaction even when the body caught it. Each engine
// supplies only how a transaction begins, commits and rolls back.

type Running<Extra> = Extra & { open: boolean; tx: WriteDb; failure?: unknown };

export function createTransactionScope<Extra extends object = object>() {
  const current = new AsyncLocalStorage<Running<Extra>>();

  return {
    /** The transaction running in this async context, if it is still open. */
    open(): Running<Extra> | undefined {
      const running = current.getStore();
      return running?.open ? running : undefined;
    },

    /**
     * Runs fn in the transaction this call is inside, if any: it is not a savepoint, so an error it
     * throws marks the whole transaction failed, whoever catches it. Undefined when there is none.
     */
    joinOpen<T>(fn: (tx: WriteDb) => Promise<T>): Promise<T> | undefined {
      const joined = this.open();
      if (!joined) return undefined;
      const run = async () => {
        try {
          return await fn(joined.tx);
        } catch (error) {
          joined.failure ??= error;
          throw error;
        }
      };
      return run();
    },

    /**
     * Runs the outermost body on handle, inside the engine's BEGIN and before its COMMIT: throws
     * (so the engine rolls back) when a joined call failed and the body caught the error.
     */
    async runBody<T>(handle: WriteDb, extra: Extra, fn: (tx: WriteDb) => Promise<T>): Promise<T> {
      const running = { ...extra, open: true, tx: handle } as Running<Extra>;
      // A body that hands tx to work outliving it must not use the handle once it has ended.
      running.tx = new Proxy(handle, {
        get(target, property) {
          if (!running.open) throw new Error("This transaction has ended; start a new one with data.transaction().");
          return Reflect.get(target, property, target);
        },
      });
      try {
        const result = await current.run(running, () => fn(running.tx));
        if (running.failure !== undefined) {
          throw new Error("A nested transaction failed and its error was caught; nothing was written.", {
            cause: running.failure,
          });
        }
        return result;
      } finally {
        running.open = false;
      }
    },
  };
}
