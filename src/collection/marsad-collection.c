/* marsad-collection.c: the collection file, its schema and migrations
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-collection-private.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

/* 'MRSD': tells a collection from any other SQLite file */
#define APPLICATION_ID 0x4D525344
/* how long a writer waits for another: fusing a large file, slowed down by
 * a sanitizer or a busy machine, takes seconds */
#define BUSY_TIMEOUT_MS 60000

G_DEFINE_QUARK (marsad-collection-error-quark, marsad_collection_error)

/* migrations[v] takes a file from schema v to v + 1; never edit one that has
 * shipped, add the next. */
static const char *const migrations[MARSAD_COLLECTION_SCHEMA_VERSION] = {
  /* 0 → 1: articles, their events, search and the map index */
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  hash TEXT NOT NULL UNIQUE,"          /* SHA-256 of the text: one article per text */
  "  title TEXT, outlet TEXT, url TEXT, published TEXT,"
  "  text TEXT NOT NULL,"
  "  analysis TEXT NOT NULL,"             /* a saved analysis, corrections applied */
  "  added TEXT NOT NULL);"
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  event_id TEXT NOT NULL,"             /* the id in the article's analysis */
  "  anchor TEXT NOT NULL,"               /* stable across re-analysis: hash and trigger */
  "  type TEXT, sub_type TEXT, date_start TEXT, date_end TEXT, time_precision INTEGER,"
  "  place_name TEXT, place_name_en TEXT, place_kind TEXT, country TEXT, admin1 TEXT,"
  "  source_id TEXT, approximate INTEGER NOT NULL DEFAULT 0, lat REAL, lon REAL,"
  "  actors TEXT,"                        /* JSON array of strings */
  "  fatalities INTEGER,"                 /* the lowest figure; NULL when none */
  "  background INTEGER NOT NULL DEFAULT 0,"
  "  sentence TEXT,"
  "  fused_id INTEGER);"                  /* the events row its fused event is named by */
  "CREATE INDEX events_by_article ON events (article_id);"
  "CREATE INDEX events_by_date ON events (date_start);"
  "CREATE INDEX events_by_fused ON events (fused_id);"
  "CREATE VIRTUAL TABLE event_points USING rtree (id, min_lon, max_lon, min_lat, max_lat);"
  /* trigram, not unicode61: finds حلب inside «بحلب» */
  "CREATE VIRTUAL TABLE article_search USING fts5 ("
  "  title, text, content='articles', content_rowid='id', tokenize='trigram');"
  "CREATE TRIGGER articles_searched AFTER INSERT ON articles BEGIN"
  "  INSERT INTO article_search (rowid, title, text) VALUES (new.id, new.title, new.text);"
  "END;"
  "CREATE TRIGGER articles_unsearched AFTER DELETE ON articles BEGIN"
  "  INSERT INTO article_search (article_search, rowid, title, text)"
  "    VALUES ('delete', old.id, old.title, old.text);"
  "END;"
  "CREATE TRIGGER event_points_removed AFTER DELETE ON events BEGIN"
  "  DELETE FROM event_points WHERE id = old.id;"
  "END;"
  "CREATE TABLE corrections ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  correction TEXT NOT NULL);",         /* JSON: what the user changed, anchored to the text */

  /* 1 → 2: why reports were fused, and the user's split and merge choices */
  "ALTER TABLE events ADD COLUMN fusion_reason TEXT;"
  "CREATE TABLE fusion_choices ("
  "  key_a TEXT NOT NULL, key_b TEXT NOT NULL,"
  "  together INTEGER NOT NULL,"
  "  PRIMARY KEY (key_a, key_b));",

  /* 2 → 3: a collection is opened with PRAGMA trusted_schema = OFF, under
   * which no trigger may write a virtual table: the search index and the
   * map index are kept by the code that writes articles and events */
  "DROP TRIGGER articles_searched;"
  "DROP TRIGGER articles_unsearched;"
  "DROP TRIGGER event_points_removed;",
};

gboolean
marsad_collection_fail (MarsadCollection *self,
                        GError          **error)
{
  g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_DATABASE,
               "%s: %s", self->path, sqlite3_errmsg (self->db));
  return FALSE;
}

gboolean
marsad_collection_exec (MarsadCollection *self,
                        const char       *sql,
                        GError          **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return marsad_collection_fail (self, error);
  return TRUE;
}

MarsadStmt *
marsad_collection_prepare (MarsadCollection *self,
                           const char       *sql,
                           GError          **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      marsad_collection_fail (self, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

void
marsad_stmt_bind_text (MarsadStmt *stmt,
                       int         column,
                       const char *value)
{
  if (value != NULL)
    sqlite3_bind_text (stmt, column, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

char *
marsad_stmt_dup_text (MarsadStmt *stmt,
                      int         column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Reads one integer PRAGMA; FALSE (and error) when SQLite cannot. */
static gboolean
pragma_int (MarsadCollection *self,
            const char       *sql,
            int              *value,
            GError          **error)
{
  g_autoptr(MarsadStmt) stmt = marsad_collection_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return marsad_collection_fail (self, error);
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Runs the migrations from `from` up to `to`, each in its own transaction
 * with the version it reaches, so a crash leaves a file at one version.
 * Another process may open the same old file at the same time: the
 * version is read again once the write lock is held, and a step that
 * process has already made is not made twice. */
static gboolean
migrate (MarsadCollection *self,
         int               from,
         int               to,
         GError          **error)
{
  for (int v = from; v < to; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", v + 1);
      int now = v;

      if (!marsad_collection_exec (self, "BEGIN IMMEDIATE;", error))
        {
          g_prefix_error (error, _("cannot upgrade the collection to version %d: "), v + 1);
          return FALSE;
        }
      if (!pragma_int (self, "PRAGMA user_version;", &now, error))
        goto fail;
      if (now > v)
        {
          if (!marsad_collection_exec (self, "COMMIT;", error))
            goto fail;
          continue;
        }
      if (!marsad_collection_exec (self, migrations[v], error) ||
          !marsad_collection_exec (self, set_version, error) ||
          !marsad_collection_exec (self, "COMMIT;", error))
        goto fail;
      continue;

    fail:
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      g_prefix_error (error, _("cannot upgrade the collection to version %d: "), v + 1);
      return FALSE;
    }
  return TRUE;
}

static MarsadCollection *
open_database (const char  *path,
               int          flags,
               GError     **error)
{
  g_autoptr(MarsadCollection) self = g_new0 (MarsadCollection, 1);

  self->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &self->db, flags, NULL) != SQLITE_OK)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_OPEN,
                   _("%s: cannot open the collection: %s"), path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  /* a collection is a file from anywhere: what its schema says (views,
   * triggers, defaults, checks) never runs SQL functions or virtual tables
   * that are not innocuous, and nothing edits the schema behind SQLite */
  if (sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL) != SQLITE_OK ||
      sqlite3_exec (self->db, "PRAGMA trusted_schema = OFF;", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_OPEN,
                   _("%s: cannot open the collection: %s"), path, sqlite3_errmsg (self->db));
      return NULL;
    }
  /* another process importing into the same file (each article its own
   * short transaction, then one fusion of the whole file) is waited for */
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return g_steal_pointer (&self);
}

/* WAL: readers do not block the importer; synchronous NORMAL still keeps
 * every committed article through a crash of the application. */
static gboolean
configure (MarsadCollection *self,
           GError          **error)
{
  g_autoptr(MarsadStmt) stmt = NULL;
  const char *mode;

  if (!marsad_collection_exec (self, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", error))
    return FALSE;
  if ((stmt = marsad_collection_prepare (self, "PRAGMA journal_mode = WAL;", error)) == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return marsad_collection_fail (self, error);
  mode = (const char *) sqlite3_column_text (stmt, 0);
  if (g_ascii_strcasecmp (mode, "wal") != 0)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_OPEN,
                   _("%s: cannot use a write-ahead log here (journal mode %s)"), self->path, mode);
      return FALSE;
    }
  return TRUE;
}

MarsadCollection *
marsad_collection_create_at_version (const char  *path,
                                     int          version,
                                     GError     **error)
{
  g_autoptr(MarsadCollection) self = NULL;
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;", APPLICATION_ID);

  g_return_val_if_fail (version >= 1 && version <= MARSAD_COLLECTION_SCHEMA_VERSION, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_EXISTS,
                   _("%s: already exists; add to it with “marsad collection add”"), path);
      return NULL;
    }
  self = open_database (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (self == NULL)
    return NULL;
  if (!configure (self, error) ||
      !marsad_collection_exec (self, set_id, error) ||
      !migrate (self, 0, version, error))
    {
      g_clear_pointer (&self, marsad_collection_close);
      g_unlink (path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

MarsadCollection *
marsad_collection_create (const char  *path,
                          GError     **error)
{
  return marsad_collection_create_at_version (path, MARSAD_COLLECTION_SCHEMA_VERSION, error);
}

/* An import or a re-analysis stores each article in its own transaction
 * and fuses once at the end: killed in between, it leaves reports that
 * were never fused (fusion gives every report a fused_id). Fuse them now,
 * or the same strike shows twice until some later import. */
static void
finish_fusion (MarsadCollection *self)
{
  g_autoptr(MarsadStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean pending;

  stmt = marsad_collection_prepare (self, "SELECT EXISTS (SELECT 1 FROM events WHERE fused_id IS NULL);", &error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return;
  pending = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  /* not a reason to refuse the file (another process may hold it for
   * longer than the busy timeout): its next import fuses them */
  if (pending && !marsad_collection_fuse (self, &error))
    g_debug ("%s", error->message);
}

/* The schema a file of `version` has: the migrations up to it, run on an
 * empty database in memory. name → "type\nsql". */
static GHashTable *
expected_schema (int      version,
                 GError **error)
{
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  MarsadCollection scratch = { NULL, (char *) ":memory:" };
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (":memory:", &scratch.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    goto out;
  for (int v = 0; v < version; v++)
    if (sqlite3_exec (scratch.db, migrations[v], NULL, NULL, NULL) != SQLITE_OK)
      goto out;
  if (sqlite3_prepare_v2 (scratch.db, "SELECT name, type, sql FROM sqlite_schema;", -1, &stmt, NULL) != SQLITE_OK)
    goto out;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (objects, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup_printf ("%s\n%s", sqlite3_column_text (stmt, 1),
                                          sqlite3_column_text (stmt, 2) != NULL
                                            ? (const char *) sqlite3_column_text (stmt, 2) : ""));
  ok = TRUE;

out:
  if (!ok)
    marsad_collection_fail (&scratch, error);
  sqlite3_finalize (stmt);
  sqlite3_close (scratch.db);
  return ok ? g_steal_pointer (&objects) : NULL;
}

/* A shadow table of one of the schema's virtual tables (its SQL is the
 * virtual table module's own, which changes with SQLite's version). */
static gboolean
is_shadow_table (GHashTable *expected,
                 const char *name,
                 const char *type)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_strcmp0 (type, "table") != 0)
    return FALSE;
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (value, "table\nCREATE VIRTUAL TABLE ") &&
        g_str_has_prefix (name, key) && name[strlen (key)] == '_')
      return TRUE;
  return FALSE;
}

/* Refuses a file whose schema is not the one Marsad wrote for its version:
 * a view, a trigger or an index added, a table or a trigger rewritten, an
 * object missing. (SQLite's own tables and the virtual tables' shadow
 * tables are SQLite's.) Reads only sqlite_schema: a few milliseconds. */
static gboolean
check_schema (MarsadCollection *self,
              int               version,
              GError          **error)
{
  g_autoptr(GHashTable) expected = expected_schema (version, error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(MarsadStmt) stmt = NULL;
  GHashTableIter iter;
  gpointer key;
  int rc;

  if (expected == NULL)
    return FALSE;
  stmt = marsad_collection_prepare (self, "SELECT name, type, sql FROM main.sqlite_schema;", NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *type = (const char *) sqlite3_column_text (stmt, 1);
      const char *sql = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *actual = NULL;
      const char *want;

      if (name == NULL || type == NULL)
        continue;
      actual = g_strdup_printf ("%s\n%s", type, sql != NULL ? sql : "");
      want = g_hash_table_lookup (expected, name);
      if (want != NULL)
        g_hash_table_add (seen, g_strdup (name));
      if (want != NULL && strcmp (want, actual) == 0)
        continue;
      /* SQLite's own: ANALYZE's statistics, the virtual tables' shadow tables */
      if (strcmp (type, "table") == 0 &&
          (g_str_has_prefix (name, "sqlite_stat") || is_shadow_table (expected, name, type)))
        continue;
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
                   want != NULL
                     ? _("%s: the collection’s schema has been tampered with (%s “%s” changed); not opened")
                     : _("%s: the collection’s schema has been tampered with (%s “%s” added); not opened"),
                   self->path, type, name);
      return FALSE;
    }
  if (stmt == NULL || rc != SQLITE_DONE)
    {
      /* a schema SQLite cannot read */
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
                   _("%s: not a Marsad collection (%s)"), self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (seen, key) && !is_shadow_table (expected, key, "table"))
      {
        g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
                     _("%s: the collection’s schema has been tampered with (“%s” missing); not opened"),
                     self->path, (const char *) key);
        return FALSE;
      }
  return TRUE;
}

MarsadCollection *
marsad_collection_open (const char  *path,
                        GError     **error)
{
  g_autoptr(MarsadCollection) self = NULL;
  g_autoptr(GError) local_error = NULL;
  int app_id, version;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_OPEN,
                   _("%s: no such collection; make one with “marsad collection create”"), path);
      return NULL;
    }
  self = open_database (path, SQLITE_OPEN_READWRITE, error);
  if (self == NULL)
    return NULL;

  /* a text file, a picture or some other program's database */
  if (!pragma_int (self, "PRAGMA application_id;", &app_id, &local_error))
    {
      /* not SQLite at all, or a damaged file: say which */
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
                   _("%s: not a Marsad collection (%s)"), path, sqlite3_errmsg (self->db));
      return NULL;
    }
  if (app_id != APPLICATION_ID)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
                   _("%s: not a Marsad collection"), path);
      return NULL;
    }
  if (!pragma_int (self, "PRAGMA user_version;", &version, error))
    return NULL;
  /* no Marsad writes one: a damaged or forged file, which no migration fits */
  if (version < 0)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
                   _("%s: not a Marsad collection (schema version %d)"), path, version);
      return NULL;
    }
  if (version > MARSAD_COLLECTION_SCHEMA_VERSION)
    {
      g_set_error (error, MARSAD_COLLECTION_ERROR, MARSAD_COLLECTION_ERROR_NEWER,
                   _("%s: made by a newer version of Marsad (collection version %d; this one reads up to %d)"),
                   path, version, MARSAD_COLLECTION_SCHEMA_VERSION);
      return NULL;
    }
  if (!check_schema (self, version, error))
    return NULL;
  if (!configure (self, error) || !migrate (self, version, MARSAD_COLLECTION_SCHEMA_VERSION, error))
    return NULL;
  finish_fusion (self);
  return g_steal_pointer (&self);
}

void
marsad_collection_close (MarsadCollection *self)
{
  if (self == NULL)
    return;
  sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self);
}

const char *
marsad_collection_get_path (MarsadCollection *self)
{
  return self->path;
}
