import BetterSqlite3 from 'better-sqlite3';
import type { SqliteStatement } from 'kysely';

/**
 * Whether anything was committed to an SQLite database, for readCache.ts. A read-only second
 * connection asks `PRAGMA data_version`, which moves with every commit of the main connection or
 * of another process (the main connection's own counter ignores its own commits).
 *
 * The value is asked once per event-loop turn, not once per kept read, since a map read would
 * otherwise ask twice: the requests handled in one turn share it, and any statement on the main
 * connection that may write (a commit included) forgets it at once. So a request sees its own
 * and every earlier request's writes, and another process's commits from the next turn on.
 */
export function sqliteChanges(sqlitePath: string) {
  const watcher = new BetterSqlite3(sqlitePath, { readonly: true });
  const ask = watcher.prepare<[], number>('PRAGMA data_version').pluck();
  let known: number | null = null;
  const forget = () => {
    known = null;
  };
  return {
    dataVersion: (): number => {
      if (known === null) {
        known = ask.get() as number;
        setImmediate(forget);
      }
      return known;
    },
    /** The main connection's statement, made to forget the value after it runs if it may write. */
    noticingWrites(statement: BetterSqlite3.Statement): SqliteStatement {
      if (statement.reader && statement.readonly) return statement;
      return {
        reader: statement.reader,
        all: (parameters) => afterward(forget, statement.all(parameters)),
        run: (parameters) => afterward(forget, statement.run(parameters)),
        *iterate(parameters) {
          try {
            yield* statement.iterate(parameters);
          } finally {
            forget();
          }
        },
      };
    },
    close: () => watcher.close(),
  };
}

function afterward<T>(then: () => void, result: T): T {
  then();
  return result;
}
