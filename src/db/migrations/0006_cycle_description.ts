import type { Kysely } from 'kysely';

// A cycle's goal is its short title (the mini-goal); the guidance that used to be packed into it
// has its own column, so a heading never has to carry a paragraph.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cycles').addColumn('description', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cycles').dropColumn('description').execute();
}
