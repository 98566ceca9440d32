import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { engines, openTestDatabase } from '../../test/support/engines.js';

/** A column as both sides can state it: portable type family and whether it may hold NULL. */
type Column = { type: 'text' | 'integer' | 'bytes' | string; nullable: boolean };
type Schema = Record<string, Record<string, Column>>;

const tablesFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tables.ts');

/**
 * The row types of tables.ts, read with the TypeScript compiler rather than restated here, so a
 * table or column added there (or in a migration) is compared without anyone editing this test.
 */
function declaredSchema(): Schema {
  const source = ts.createSourceFile(tablesFile, readFileSync(tablesFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const tables = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Tables',
  );
  if (!tables) throw new Error('tables.ts declares no `interface Tables`.');
  const schema: Schema = {};
  for (const table of tables.members) {
    if (!ts.isPropertySignature(table) || !table.type || !ts.isTypeLiteralNode(table.type)) {
      throw new Error(`tables.ts: ${table.getText(source)} is not a table written as { column: type }.`);
    }
    const tableName = table.name.getText(source);
    schema[tableName] = {};
    for (const column of table.type.members) {
      if (!ts.isPropertySignature(column) || !column.type) throw new Error(`tables.ts: ${tableName}: ${column.getText(source)}`);
      schema[tableName][column.name.getText(source)] = columnOf(
        column.type,
        `${tableName}.${column.name.getText(source)}`,
        source,
      );
    }
  }
  return schema;
}

function columnOf(type: ts.TypeNode, where: string, source: ts.SourceFile): Column {
  const parts = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  const isNull = (t: ts.TypeNode) => ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword;
  const rest = parts.filter((t) => !isNull(t));
  const family =
    rest.length === 1 && rest[0]?.kind === ts.SyntaxKind.StringKeyword
      ? 'text'
      : rest.length === 1 && rest[0]?.kind === ts.SyntaxKind.NumberKeyword
        ? 'integer'
        : rest.length === 1 && rest[0]?.getText(source) === 'Uint8Array'
          ? 'bytes'
          : `unsupported TypeScript type ${type.getText(source)} (portable columns are string, number or Uint8Array, maybe | null) at ${where}`;
  return { type: family, nullable: rest.length < parts.length };
}

/** The drivers' names for the portable families; anything else shows up as itself in the diff. */
const families: Record<string, string> = {
  text: 'text',
  varchar: 'text',
  integer: 'integer',
  int2: 'integer',
  int4: 'integer',
  blob: 'bytes',
  bytea: 'bytes',
};

describe('the row types in tables.ts', () => {
  it.each(engines)('match the migrated schema on %s: tables, columns, types and nullability', async (engine) => {
    const database = await openTestDatabase(engine);
    try {
      const migrated: Schema = {};
      for (const table of await database.db.introspection.getTables()) {
        // SQLite lets a primary key that is not INTEGER hold NULL (a legacy quirk), and reports it
        // nullable; nothing writes NULL there, so it is compared as the key it is meant to be.
        const keys =
          engine === 'sqlite'
            ? (
                await sql<{ name: string }>`select name from pragma_table_info(${table.name}) where pk > 0`.execute(database.db)
              ).rows.map((r) => r.name)
            : [];
        migrated[table.name] = Object.fromEntries(
          table.columns.map((c) => [
            c.name,
            { type: families[c.dataType.toLowerCase()] ?? c.dataType, nullable: c.isNullable && !keys.includes(c.name) },
          ]),
        );
      }
      expect(migrated).toEqual(declaredSchema());
    } finally {
      await database.dispose();
    }
  });

  it('are read from tables.ts as they are written', () => {
    const schema = declaredSchema();
    expect(schema.users?.email).toEqual({ type: 'text', nullable: false });
    expect(schema.api_tokens?.last_used_at).toEqual({ type: 'text', nullable: true });
    expect(schema.preferences?.feedback_interval_weeks).toEqual({ type: 'integer', nullable: true });
  });
});
