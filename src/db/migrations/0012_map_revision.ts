import { type Kysely, SqliteAdapter, sql } from 'kysely';

// A map read is answered from a copy of its JSON kept in each instance while the map's revision
// holds. The revision moves with every change to the map, its destinations and their skills, in
// the same statement as the change: the database bumps it, so no write path (today's or a later
// feature's) can forget to, and another instance sees the new revision as soon as the change.
// A change that sets the revision itself (a child's bump) is not bumped twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('growth_maps')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

const bumpMap = (mapId: string) => `update growth_maps set revision = revision + 1 where id = ${mapId};`;
const bumpMapOfDestination = (destinationId: string) =>
  `update growth_maps set revision = revision + 1 where id in (select map_id from destinations where id = ${destinationId});`;

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create trigger growth_maps_revise after update on growth_maps when new.revision = old.revision
      begin ${bumpMap('new.id')} end`,
    `create trigger destinations_revise_insert after insert on destinations begin ${bumpMap('new.map_id')} end`,
    `create trigger destinations_revise_update after update on destinations
      begin ${bumpMap('old.map_id')} ${bumpMap('new.map_id')} end`,
    `create trigger destinations_revise_delete after delete on destinations begin ${bumpMap('old.map_id')} end`,
    `create trigger skills_revise_insert after insert on skills begin ${bumpMapOfDestination('new.destination_id')} end`,
    `create trigger skills_revise_update after update on skills
      begin ${bumpMapOfDestination('old.destination_id')} ${bumpMapOfDestination('new.destination_id')} end`,
    `create trigger skills_revise_delete after delete on skills begin ${bumpMapOfDestination('old.destination_id')} end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create function growth_maps_revise() returns trigger language plpgsql as $$
      begin
        if new.revision = old.revision then new.revision := old.revision + 1; end if;
        return new;
      end $$`,
    `create trigger growth_maps_revise before update on growth_maps for each row execute function growth_maps_revise()`,
    `create function destinations_revise_map() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${bumpMap('old.map_id')} end if;
        if tg_op <> 'DELETE' then ${bumpMap('new.map_id')} end if;
        return null;
      end $$`,
    `create trigger destinations_revise_map after insert or update or delete on destinations
      for each row execute function destinations_revise_map()`,
    `create function skills_revise_map() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${bumpMapOfDestination('old.destination_id')} end if;
        if tg_op <> 'DELETE' then ${bumpMapOfDestination('new.destination_id')} end if;
        return null;
      end $$`,
    `create trigger skills_revise_map after insert or update or delete on skills
      for each row execute function skills_revise_map()`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const name of [
      'growth_maps_revise',
      'destinations_revise_insert',
      'destinations_revise_update',
      'destinations_revise_delete',
      'skills_revise_insert',
      'skills_revise_update',
      'skills_revise_delete',
    ]) {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
  } else {
    await sql.raw('drop trigger growth_maps_revise on growth_maps').execute(db);
    await sql.raw('drop trigger destinations_revise_map on destinations').execute(db);
    await sql.raw('drop trigger skills_revise_map on skills').execute(db);
    for (const name of ['growth_maps_revise', 'destinations_revise_map', 'skills_revise_map']) {
      await sql.raw(`drop function ${name}()`).execute(db);
    }
  }
  await db.schema.alterTable('growth_maps').dropColumn('revision').execute();
}
