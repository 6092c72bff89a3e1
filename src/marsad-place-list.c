/* marsad-place-list.c: every place of the article, the keyboard path to the markers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-place-list.h"
#include "marsad-place-row.h"

struct _MarsadPlaceList
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkListBox *list;

  /* the rows wait until the list is first shown: the first frame shows
   * the timeline */
  const MarsadDocument *pending;
  gboolean    stale;
  char       *selected;
};

G_DEFINE_FINAL_TYPE (MarsadPlaceList, marsad_place_list, GTK_TYPE_WIDGET)

enum { PLACE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static guint
count_events (const MarsadDocument *doc,
              const MarsadPlace    *place,
              gboolean             *current)
{
  guint n = 0;

  *current = FALSE;
  for (guint i = 0; i < doc->events->len; i++)
    {
      const MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (g_strcmp0 (event->place_id, place->id) == 0)
        {
          n++;
          *current |= !event->background;
        }
    }
  return n;
}

const char *
marsad_place_english_name (const MarsadPlace *place)
{
  g_return_val_if_fail (place != NULL, NULL);

  /* approximate places are the unknown ones (marsad-geoparser-unknown.c),
   * whose English name is ICU's Arabic-Latin transliteration */
  if (place->approximate || place->name_en == NULL || place->name_en[0] == '\0')
    return NULL;
  return place->name_en;
}

const char *
marsad_place_role_label (const MarsadDocument *doc,
                         const MarsadPlace    *place)
{
  gboolean current;
  guint n = count_events (doc, place, &current);

  if (current)
    return _("Event site");
  if (n > 0)
    return _("Site of past events");
  switch (marsad_place_strongest_role (place))
    {
    case MARSAD_ROLE_ACTOR:
      return _("Actor");
    case MARSAD_ROLE_DATELINE:
      return _("Dateline");
    case MARSAD_ROLE_EVENT_SITE:
      return _("Event site");
    case MARSAD_ROLE_CONTEXT:
    default:
      return _("Context");
    }
}

static int
place_rank (const MarsadDocument *doc,
            const MarsadPlace    *place)
{
  gboolean current;
  guint n = count_events (doc, place, &current);

  return current ? 0 : n > 0 ? 1 : marsad_place_strongest_role (place) == MARSAD_ROLE_ACTOR ? 3 : 2;
}

static void
fill (MarsadPlaceList      *self,
      const MarsadDocument *doc)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (doc == NULL)
    return;
  for (int rank = 0; rank < 4; rank++)
    for (guint i = 0; i < doc->places->len; i++)
      {
        const MarsadPlace *place = g_ptr_array_index (doc->places, i);

        if (place_rank (doc, place) == rank)
          gtk_list_box_append (self->list, marsad_place_row_new (doc, place));
      }
}

static void select_row (MarsadPlaceList *self,
                        const char      *place_id);

static void
fill_pending (MarsadPlaceList *self)
{
  if (!self->stale)
    return;
  self->stale = FALSE;
  fill (self, self->pending);
  self->pending = NULL;
  select_row (self, self->selected);
}

/* doc stays valid until the next call (the window's analysis owns it) */
void
marsad_place_list_set_document (MarsadPlaceList      *self,
                                const MarsadDocument *doc)
{
  g_return_if_fail (MARSAD_IS_PLACE_LIST (self));

  self->pending = doc;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill_pending (self);
}

void
marsad_place_list_select_place (MarsadPlaceList *self,
                                const char      *place_id)
{
  g_return_if_fail (MARSAD_IS_PLACE_LIST (self));

  g_free (self->selected);
  self->selected = g_strdup (place_id);
  if (!self->stale)
    select_row (self, place_id);
}

static void
select_row (MarsadPlaceList *self,
            const char      *place_id)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        break;
      if (g_strcmp0 (marsad_place_row_get_place_id (MARSAD_PLACE_ROW (row)), place_id) == 0)
        {
          gtk_list_box_select_row (self->list, row);
          return;
        }
    }
  gtk_list_box_unselect_all (self->list);
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  MarsadPlaceList *self)
{
  g_signal_emit (self, signals[PLACE_ACTIVATED], 0, marsad_place_row_get_place_id (MARSAD_PLACE_ROW (row)));
}

static void
marsad_place_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (marsad_place_list_parent_class)->map (widget);
  fill_pending (MARSAD_PLACE_LIST (widget));
}

static void
marsad_place_list_dispose (GObject *object)
{
  MarsadPlaceList *self = MARSAD_PLACE_LIST (object);

  self->pending = NULL;
  self->stale = FALSE;
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (marsad_place_list_parent_class)->dispose (object);
}

static void
marsad_place_list_class_init (MarsadPlaceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_place_list_dispose;
  widget_class->map = marsad_place_list_map;
  signals[PLACE_ACTIVATED] = g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
marsad_place_list_init (MarsadPlaceList *self)
{
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Places"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
}

GtkWidget *
marsad_place_list_new (void)
{
  return g_object_new (MARSAD_TYPE_PLACE_LIST, NULL);
}
