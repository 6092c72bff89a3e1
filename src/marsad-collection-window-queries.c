/* marsad-collection-window-queries.c: the collection window's requests
 *
 * Three kinds of request go to the collection's worker thread: the
 * articles (the sidebar's search), the events under every filter but the
 * dates (the histogram's counts), and the events under every filter (the
 * map and the timeline). A newer request of a kind cancels the older one,
 * so dragging across the histogram never queues stale answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "marsad-collection-export.h"
#include "marsad-collection-window-private.h"

/* longer spans keep their latest days: a stray old date must not squeeze
 * the news of the day into one pixel */
#define MAX_DAYS 1830
/* MarsadEventList makes a widget a row (and asks the X server about each
 * row's tooltip): past a few hundred rows the main loop stalls for
 * seconds. The map shows every event; the timeline the first ones, and
 * says so. */
#define TIMELINE_MAX 250

typedef struct
{
  MarsadCollectionWindow *window;
  gboolean                span;      /* the first answer: the collection's days */
} Request;

static Request *
request_new (MarsadCollectionWindow *self,
             gboolean                span)
{
  Request *r = g_new0 (Request, 1);

  r->window = g_object_ref (self);
  r->span = span;
  self->pending++;
  return r;
}

static MarsadCollectionWindow *
request_finish (Request *r)
{
  MarsadCollectionWindow *self = r->window;

  self->pending--;
  g_free (r);
  return self;
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

void
marsad_collection_window_show_error (MarsadCollectionWindow *self,
                                     const char             *message)
{
  if (!self->opened)
    {
      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static GCancellable *
renew (GCancellable **cancellable)
{
  if (*cancellable != NULL)
    g_cancellable_cancel (*cancellable);
  g_clear_object (cancellable);
  *cancellable = g_cancellable_new ();
  return *cancellable;
}

static gboolean
parse_day (const char *iso,
           GDate      *date)
{
  unsigned y, m = 1, d = 1;
  int n;

  if (iso == NULL)
    return FALSE;
  n = sscanf (iso, "%4u-%2u-%2u", &y, &m, &d);
  if (n < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* ---- the articles ---- */

static void
articles_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(MarsadCollectionWindow) self = request_finish (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  articles = marsad_collection_service_list_articles_finish (MARSAD_COLLECTION_SERVICE (source), result, &error);
  if (articles == NULL)
    {
      if (!is_cancelled (error))
        marsad_collection_window_show_error (self, error->message);
      return;
    }
  marsad_collection_sidebar_set_articles (self->sidebar, articles);
  {
    guint n = articles->len;
    g_autofree char *subtitle = NULL;

    if (marsad_collection_sidebar_get_search (self->sidebar) != NULL)
      /* TRANSLATORS: the window's subtitle while searching */
      subtitle = g_strdup_printf (ngettext ("%u article found", "%u articles found", n), n);
    else
      subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
    adw_window_title_set_subtitle (self->window_title, subtitle);
  }
}

void
marsad_collection_window_list_articles (MarsadCollectionWindow *self)
{
  marsad_collection_service_list_articles_async (self->service,
                                                 marsad_collection_sidebar_get_search (self->sidebar),
                                                 renew (&self->articles_cancellable),
                                                 articles_cb, request_new (self, FALSE));
}

/* ---- the histogram ---- */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
set_span (MarsadCollectionWindow *self,
          GPtrArray              *events)
{
  GDate first, last, day;
  gboolean any = FALSE;
  g_autoptr(GPtrArray) countries = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (events, i);

      if (parse_day (e->date_start, &day))
        {
          if (!any || g_date_compare (&day, &first) < 0)
            first = day;
          if (!any || g_date_compare (&day, &last) > 0)
            last = day;
          any = TRUE;
        }
      if (e->country != NULL && g_hash_table_add (seen, e->country))
        g_ptr_array_add (countries, e->country);
    }
  if (any && g_date_days_between (&first, &last) >= MAX_DAYS)
    {
      first = last;
      g_date_subtract_days (&first, MAX_DAYS - 1);
    }
  marsad_collection_filters_set_days (self->filters, any ? &first : NULL,
                                      any ? (guint) g_date_days_between (&first, &last) + 1 : 0);
  g_ptr_array_sort (countries, compare_strings);
  g_ptr_array_add (countries, NULL);
  marsad_collection_filters_set_countries (self->filters, (const char * const *) countries->pdata);
  self->n_total = events->len;
}

static void
set_counts (MarsadCollectionWindow *self,
            GPtrArray              *events)
{
  MarsadDateHistogram *histogram = marsad_collection_filters_get_histogram (self->filters);
  guint n = marsad_date_histogram_get_n_days (histogram);
  g_autofree guint *counts = g_new0 (guint, MAX (n, 1));

  for (guint i = 0; i < events->len; i++)
    {
      const MarsadCollectionEvent *e = g_ptr_array_index (events, i);
      g_autofree char *day = e->date_start != NULL && strlen (e->date_start) == 7
                             ? g_strconcat (e->date_start, "-01", NULL) : g_strdup (e->date_start);
      int d = marsad_date_histogram_day_of (histogram, day);

      if (d >= 0)
        counts[d]++;
    }
  marsad_collection_filters_set_counts (self->filters, counts, n);
}

static void
histogram_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *r = user_data;
  gboolean span = r->span;
  g_autoptr(MarsadCollectionWindow) self = request_finish (r);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;

  events = marsad_collection_service_query_events_finish (MARSAD_COLLECTION_SERVICE (source), result, &error);
  if (events == NULL)
    {
      if (!is_cancelled (error))
        marsad_collection_window_show_error (self, error->message);
      return;
    }
  if (span)
    {
      /* the collection is open: from now on the filters ask */
      set_span (self, events);
      self->opened = TRUE;
      gtk_stack_set_visible_child_name (self->content_stack,
                                        self->article_id >= 0 ? "article" : "collection");
      marsad_collection_window_refresh (self, FALSE);
      return;
    }
  set_counts (self, events);
}

/* ---- the map and the timeline ---- */

static void
update_summary (MarsadCollectionWindow *self)
{
  guint n = self->events != NULL ? self->events->len : 0;

  g_free (self->summary);
  if (n == self->n_total)
    self->summary = g_strdup_printf (ngettext ("%u event", "%u events", n), n);
  else
    /* TRANSLATORS: events shown under the filters, of all the collection's */
    self->summary = g_strdup_printf (ngettext ("%u of %u event", "%u of %u events", self->n_total),
                                     n, self->n_total);
  gtk_label_set_text (self->events_label, self->summary);
  marsad_event_list_set_empty_text (self->timeline,
                                    self->n_total == 0
                                    ? _("Add articles with the + button, by dropping files on the window, or paste one with Ctrl+V")
                                    : _("No event matches the filters"));
}

/* One marker a spot: events_to_document() gives each event a place of its
 * own, so the events of one town would be drawn (and named) once each. */
static MarsadDocument *
events_document (GPtrArray *events)
{
  MarsadDocument *doc = marsad_collection_events_to_document (events, NULL);
  g_autoptr(GHashTable) spots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) renamed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) old = doc->places;

  doc->places = g_ptr_array_new_with_free_func ((GDestroyNotify) marsad_place_free);
  for (guint i = 0; i < old->len; i++)
    {
      MarsadPlace *p = g_ptr_array_index (old, i);
      char *key = g_strdup_printf ("%.6f,%.6f", p->lat, p->lon);
      MarsadPlace *first = g_hash_table_lookup (spots, key);

      if (first == NULL)
        {
          g_hash_table_insert (spots, key, p);
          /* moves to the new array; NULL is skipped when old is freed */
          g_ptr_array_add (doc->places, p);
          old->pdata[i] = NULL;
          continue;
        }
      g_free (key);
      g_hash_table_insert (renamed, p->id, first);
    }
  for (guint i = 0; i < doc->events->len; i++)
    {
      MarsadEvent *e = g_ptr_array_index (doc->events, i);
      MarsadPlace *first = e->place_id != NULL ? g_hash_table_lookup (renamed, e->place_id) : NULL;

      if (first != NULL)
        {
          g_free (e->place_id);
          e->place_id = g_strdup (first->id);
        }
    }
  /* the keys of renamed are ids of the places old frees: empty it first */
  g_hash_table_remove_all (renamed);
  return doc;
}

void
marsad_collection_window_show_timeline (MarsadCollectionWindow *self,
                                        const MarsadPlace      *at)
{
  g_autoptr(GPtrArray) here = NULL;
  g_autofree char *name = NULL;
  guint n_here;

  g_clear_pointer (&self->timeline_doc, marsad_document_free);
  if (at == NULL || self->events == NULL)
    {
      update_summary (self);
      gtk_widget_set_visible (self->show_all_button, FALSE);
      if (self->events != NULL && self->events->len > TIMELINE_MAX)
        {
          g_autoptr(GPtrArray) first = g_ptr_array_new ();
          g_autofree char *text = NULL;

          for (guint i = 0; i < TIMELINE_MAX; i++)
            g_ptr_array_add (first, g_ptr_array_index (self->events, i));
          self->timeline_doc = events_document (first);
          marsad_event_list_set_document (self->timeline, self->timeline_doc, FALSE);
          /* TRANSLATORS: the summary of the filtered events, then how many the timeline lists */
          text = g_strdup_printf (_("%s (the timeline lists the first %u: choose fewer dates)"),
                                  self->summary, TIMELINE_MAX);
          gtk_label_set_text (self->events_label, text);
          return;
        }
      marsad_event_list_set_document (self->timeline, self->events_doc, FALSE);
      return;
    }
  /* every event drawn on this spot (the markers of one place overlap) */
  here = g_ptr_array_new ();
  for (guint i = 0; i < self->events->len; i++)
    {
      MarsadCollectionEvent *e = g_ptr_array_index (self->events, i);

      if (e->has_place && e->lat == at->lat && e->lon == at->lon)
        g_ptr_array_add (here, e);
    }
  n_here = here->len;
  if (here->len > TIMELINE_MAX)
    g_ptr_array_set_size (here, TIMELINE_MAX);
  self->timeline_doc = events_document (here);
  marsad_event_list_set_document (self->timeline, self->timeline_doc, FALSE);
  {
    g_autofree char *count = g_strdup_printf (ngettext ("%u event", "%u events", n_here), n_here);

    /* TRANSLATORS: the timeline after a click on the map: "3 events" at a place */
    name = g_strdup_printf (_("%s at %s"), count, at->name);
  }
  gtk_label_set_text (self->events_label, name);
  gtk_widget_set_visible (self->show_all_button, TRUE);
}

static void
events_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(MarsadCollectionWindow) self = request_finish (user_data);
  g_autoptr(GError) error = NULL;
  GPtrArray *events;
  gboolean first = self->events == NULL;

  events = marsad_collection_service_query_events_finish (MARSAD_COLLECTION_SERVICE (source), result, &error);
  if (events == NULL)
    {
      if (!is_cancelled (error))
        marsad_collection_window_show_error (self, error->message);
      return;
    }
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events;
  /* the map keeps a pointer to its document: free the old one after */
  {
    MarsadDocument *old = self->events_doc;

    self->events_doc = events_document (events);
    marsad_map_widget_set_document (self->map, self->events_doc, FALSE, first);
    marsad_collection_window_show_timeline (self, NULL);
    g_clear_pointer (&old, marsad_document_free);
  }
  marsad_collection_window_update_event_panel (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-events", events->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-map", events->len > 0);
}

void
marsad_collection_window_refresh (MarsadCollectionWindow *self,
                                  gboolean                dates_only)
{
  MarsadCollectionFilter filter = { 0 };

  if (!self->opened)
    return;
  filter.text = marsad_collection_sidebar_get_search (self->sidebar);
  marsad_collection_filters_apply (self->filters, &filter, TRUE);
  /* the service copies the filter */
  marsad_collection_service_query_events_async (self->service, &filter,
                                                renew (&self->events_cancellable),
                                                events_cb, request_new (self, FALSE));
  if (dates_only)
    return;
  marsad_collection_filters_apply (self->filters, &filter, FALSE);
  marsad_collection_service_query_events_async (self->service, &filter,
                                                renew (&self->histogram_cancellable),
                                                histogram_cb, request_new (self, FALSE));
}

void
marsad_collection_window_reload (MarsadCollectionWindow *self)
{
  marsad_collection_window_list_articles (self);
  /* the days and countries may have grown; then the filtered events */
  marsad_collection_service_query_events_async (self->service, NULL,
                                                renew (&self->histogram_cancellable),
                                                histogram_cb, request_new (self, TRUE));
}

void
marsad_collection_window_open (MarsadCollectionWindow *self)
{
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  marsad_collection_window_list_articles (self);
  /* every event: the collection's days and countries */
  marsad_collection_service_query_events_async (self->service, NULL,
                                                renew (&self->histogram_cancellable),
                                                histogram_cb, request_new (self, TRUE));
}
