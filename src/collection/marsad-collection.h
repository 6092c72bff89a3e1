/* marsad-collection.h: many articles in one SQLite file
 *
 * A collection (FILE.marsad) holds articles with their source (outlet, URL,
 * title, publication date), their analysis and the user's corrections, which
 * are recorded apart and applied again after a re-analysis. Events of all
 * articles are fused: reports of the same event become one event that lists
 * every report as a source (marsad-fusion.h says when).
 *
 * The file is opened in WAL mode and carries a schema version
 * (PRAGMA user_version); older files are migrated on open, newer ones are
 * refused. Each article is stored in its own transaction, so a crash loses
 * at most the article being written. Articles are found with FTS5's trigram
 * tokenizer (a LIKE scan for terms under three characters), event points
 * with an R*Tree.
 *
 * A collection file is untrusted input: it is opened with PRAGMA
 * trusted_schema = OFF (its schema runs no SQL function or virtual table
 * that is not innocuous) in SQLite's defensive mode, and a schema that is
 * not the one Marsad wrote for the file's version is refused. Several
 * processes may write one file at once: each write takes the lock first
 * (BEGIN IMMEDIATE) and waits for the others.
 *
 * A MarsadCollection is used from one thread at a time. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "marsad-document.h"
#include "marsad-extract.h"

G_BEGIN_DECLS

#define MARSAD_COLLECTION_ERROR (marsad_collection_error_quark ())

typedef enum
{
  MARSAD_COLLECTION_ERROR_OPEN,        /* cannot open or create the file */
  MARSAD_COLLECTION_ERROR_EXISTS,      /* create: the file is already there */
  MARSAD_COLLECTION_ERROR_NOT_COLLECTION,
  MARSAD_COLLECTION_ERROR_NEWER,       /* written by a newer Marsad */
  MARSAD_COLLECTION_ERROR_DATABASE,    /* SQLite failed */
  MARSAD_COLLECTION_ERROR_NOT_FOUND,   /* no such article or event */
  MARSAD_COLLECTION_ERROR_INPUT,       /* a bad line or file to import */
} MarsadCollectionError;

/* The schema this build writes. */
#define MARSAD_COLLECTION_SCHEMA_VERSION 3

typedef struct _MarsadCollection MarsadCollection;

GQuark            marsad_collection_error_quark (void);

/* Creates a new, empty collection; fails if path exists. */
MarsadCollection *marsad_collection_create (const char  *path,
                                            GError     **error);
/* Opens an existing collection, migrating an older schema. */
MarsadCollection *marsad_collection_open   (const char  *path,
                                            GError     **error);
void              marsad_collection_close  (MarsadCollection *self);
const char       *marsad_collection_get_path (MarsadCollection *self);

/* ---- articles ---- */

typedef struct
{
  const char *outlet;     /* NULL when unknown */
  const char *url;
  const char *title;      /* NULL: the document's own title */
} MarsadArticleSource;

/* Stores an analysed document (its text, analysis and source) in one
 * transaction. The same text twice is one article: *article_id receives the
 * existing id and *added FALSE. Events are not fused here; call
 * marsad_collection_fuse() once the batch is in (marsad_collection_open()
 * fuses what a killed import left unfused). */
gboolean          marsad_collection_add_document (MarsadCollection          *self,
                                                  const MarsadDocument      *doc,
                                                  const MarsadArticleSource *source,
                                                  gint64                    *article_id,
                                                  gboolean                  *added,
                                                  GError                   **error);

typedef struct
{
  gint64  id;
  char   *title;
  char   *outlet;
  char   *url;
  char   *published;      /* "YYYY-MM-DD" or NULL */
  guint   n_events;
} MarsadArticleInfo;

void              marsad_article_info_free      (MarsadArticleInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadArticleInfo, marsad_article_info_free)

/* Every article (MarsadArticleInfo *), by id; with text not NULL only those
 * whose title or text contains it (FTS5 trigram; LIKE for 1–2 letters). */
GPtrArray        *marsad_collection_list_articles (MarsadCollection *self,
                                                   const char       *text,
                                                   GError          **error);
guint             marsad_collection_count_articles (MarsadCollection *self);
/* The stored analysis, corrections applied. */
MarsadDocument   *marsad_collection_load_document (MarsadCollection *self,
                                                   gint64            article_id,
                                                   GError          **error);

/* ---- the user's corrections, kept across re-analysis ---- */

/* Moves the place `place_id` of the article's current analysis. */
gboolean          marsad_collection_correct_place (MarsadCollection *self,
                                                   gint64            article_id,
                                                   const char       *place_id,
                                                   double            lat,
                                                   double            lon,
                                                   GError          **error);
/* Retypes an event; type NULL removes it (not an event). */
gboolean          marsad_collection_correct_event (MarsadCollection *self,
                                                   gint64            article_id,
                                                   const char       *event_id,
                                                   const char       *type,
                                                   const char       *sub_type,
                                                   GError          **error);
/* Runs the extractor again on every stored text (after an upgrade), applies
 * the recorded corrections to the new analyses, and fuses again. */
gboolean          marsad_collection_reanalyse     (MarsadCollection *self,
                                                   MarsadExtractor  *extractor,
                                                   GError          **error);

/* ---- events ---- */

typedef struct
{
  const char *from;          /* "YYYY-MM-DD": events ending before it are out */
  const char *to;            /* events starting after it are out */
  const char *type;          /* ACLED event_type */
  const char *actor;         /* a substring of one of the actors */
  const char *country;       /* ISO 3166-1 alpha-2 */
  const char *text;          /* only events of articles that contain it */
  gboolean    has_bbox;      /* only events whose point is in the box */
  double      west, south, east, north;
  gboolean    background;    /* also background (historical) events */
} MarsadCollectionFilter;

typedef struct
{
  gint64  article_id;
  char   *title;
  char   *outlet;
  char   *url;
  char   *published;
  char   *event_id;          /* the event's id in that article's analysis */
  int     fatalities;        /* the lowest figure this report gives; -1 none */
} MarsadEventSource;

typedef struct
{
  gint64     id;             /* stable while the same reports stay fused; a
                              * re-analysis numbers events afresh */
  char      *type;
  char      *sub_type;
  char      *date_start;
  char      *date_end;
  int        time_precision;
  gboolean   has_place;
  char      *place_name;
  char      *place_name_en;
  char      *place_kind;
  char      *country;
  char      *admin1;
  char      *source_id;
  gboolean   approximate;
  double     lat, lon;
  GPtrArray *actors;         /* char *, of every source, once each */
  GPtrArray *sources;        /* MarsadEventSource *, by publication date */
  char      *reason;         /* why the sources were fused; NULL for one */
  char      *sentence;       /* the first source's sentence */
  gboolean   background;
} MarsadCollectionEvent;

void              marsad_collection_event_free  (MarsadCollectionEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadCollectionEvent, marsad_collection_event_free)
/* The lowest figure of the sources that give one (ACLED codes the lowest);
 * FALSE when none does. */
gboolean          marsad_collection_event_get_fatalities (const MarsadCollectionEvent *event,
                                                          int                         *lowest);

/* The fused events that have a report matching filter (NULL: all), by date
 * then id; each lists all its sources. */
GPtrArray        *marsad_collection_query_events (MarsadCollection             *self,
                                                  const MarsadCollectionFilter *filter,
                                                  GError                      **error);

/* ---- fusion ---- */

/* Groups the events of all articles again (after an import). */
gboolean          marsad_collection_fuse          (MarsadCollection *self,
                                                   GError          **error);
/* The user's choices, kept across fusions and re-analyses: the report of
 * article_id/event_id leaves its fused event; two fused events become one. */
gboolean          marsad_collection_split_event   (MarsadCollection *self,
                                                   gint64            article_id,
                                                   const char       *event_id,
                                                   GError          **error);
gboolean          marsad_collection_merge_events  (MarsadCollection *self,
                                                   gint64            event_a,
                                                   gint64            event_b,
                                                   GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadCollection, marsad_collection_close)

G_END_DECLS
