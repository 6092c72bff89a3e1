/* marsad-event-list.c: the timeline of the article's events
 *
 * Events in date order; events the article gives as history or context
 * ("background") follow under their own heading, dimmed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "marsad-dates.h"
#include "marsad-display-dates.h"
#include "marsad-event-list.h"
#include "marsad-event-row.h"
#include "marsad-map-markers.h"

struct _MarsadEventList
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkListBox *list;
  GtkWidget  *empty;
  guint       scroll_source;
};

G_DEFINE_FINAL_TYPE (MarsadEventList, marsad_event_list, GTK_TYPE_WIDGET)

enum { EVENT_ACTIVATED, EDIT_EVENT, N_SIGNALS };
static guint signals[N_SIGNALS];

const char *
marsad_event_type_label (const char *type)
{
  if (type == NULL)
    return C_("event type", "Event");
  if (g_str_equal (type, "Battles"))
    return C_("event type", "Battles");
  if (g_str_equal (type, "Explosions/Remote violence"))
    return C_("event type", "Explosions/Remote violence");
  if (g_str_equal (type, "Violence against civilians"))
    return C_("event type", "Violence against civilians");
  if (g_str_equal (type, "Protests"))
    return C_("event type", "Protests");
  if (g_str_equal (type, "Riots"))
    return C_("event type", "Riots");
  if (g_str_equal (type, "Strategic developments"))
    return C_("event type", "Strategic developments");
  return type;
}

char *
marsad_format_event_date (const MarsadEvent *event)
{
  unsigned y = 0, m = 0, d = 0;
  int n;
  g_autofree char *date = NULL;

  if (event->date_start == NULL)
    return g_strdup (_("Date unknown"));
  n = sscanf (event->date_start, "%u-%u-%u", &y, &m, &d);
  if (n == 3 && g_date_valid_dmy (d, m, y))
    {
      GDate start, end;

      date = marsad_display_short_date (y, m, d);
      g_date_clear (&start, 1);
      g_date_clear (&end, 1);
      g_date_set_dmy (&start, d, m, y);
      /* the days a range tells ("22–23 May 2024"); "Week of" only for
       * seven of them */
      if (event->time_precision != MARSAD_TIME_PRECISION_MONTH &&
          event->time_precision != MARSAD_TIME_PRECISION_YEAR &&
          marsad_date_parse_iso (event->date_end, &end) && g_date_compare (&end, &start) > 0)
        {
          if (g_date_days_between (&start, &end) == 6)
            return g_strdup_printf (_("Week of %s"), date);
          return marsad_display_short_range (&start, &end);
        }
      switch (event->time_precision)
        {
        case MARSAD_TIME_PRECISION_WEEK:
          /* one day, told approximately ("قبل يومين") */
          return g_strdup_printf (_("About %s"), date);
        case MARSAD_TIME_PRECISION_MONTH:
          {
            g_autofree char *month = marsad_display_month_year (y, m);
            return g_strdup_printf (_("During %s"), month);
          }
        case MARSAD_TIME_PRECISION_YEAR:
          return g_strdup_printf ("%u", y);
        case MARSAD_TIME_PRECISION_DAY:
        case MARSAD_TIME_PRECISION_UNKNOWN:
        default:
          return g_steal_pointer (&date);
        }
    }
  if (n == 2 && m >= 1 && m <= 12)
    return marsad_display_month_year (y, m);
  return g_strdup (event->date_start);
}

/* A vague figure in words ("عشرات القتلى" is tens killed, not 10 killed):
 * ACLED's lowest figure for the word says which word it was. */
static const char *
vague_casualties (int      count,
                  gboolean fatal)
{
  if (count >= 1000)
    return fatal ? _("Thousands killed") : _("thousands injured");
  if (count >= 100)
    return fatal ? _("Hundreds killed") : _("hundreds injured");
  if (count >= 10)
    return fatal ? _("Tens killed") : _("tens injured");
  return fatal ? _("A few killed") : _("a few injured");
}

/* Whether every report of count is vague: an exact report of the same
 * figure says it as a number. */
static gboolean
count_is_vague (const GPtrArray *reports,
                int              count)
{
  gboolean vague = FALSE;

  for (guint i = 0; i < reports->len; i++)
    {
      const MarsadCasualtyReport *r = g_ptr_array_index (reports, i);

      if (r->count != count)
        continue;
      if (!r->vague)
        return FALSE;
      vague = TRUE;
    }
  return vague;
}

char *
marsad_format_casualties (const MarsadEvent *event)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int min = 0, max = 0;

  if (marsad_event_get_fatalities (event, &min, &max))
    {
      /* the lowest, as ACLED codes it, in words when it is vague */
      if (count_is_vague (event->fatality_reports, min))
        {
          if (min == max)
            g_string_append (out, vague_casualties (min, TRUE));
          else
            /* Translators: "Tens killed, up to 25" */
            g_string_append_printf (out, _("%s, up to %d"), vague_casualties (min, TRUE), max);
        }
      else if (min == max)
        g_string_append_printf (out, ngettext ("%d killed", "%d killed", max), max);
      else
        g_string_append_printf (out, _("%d–%d killed"), min, max);
    }
  if (event->injury_reports != NULL && event->injury_reports->len > 0)
    {
      int most = -1;

      for (guint i = 0; i < event->injury_reports->len; i++)
        most = MAX (most, ((MarsadCasualtyReport *) g_ptr_array_index (event->injury_reports, i))->count);
      if (out->len > 0)
        g_string_append (out, " · ");
      if (most < 0)
        g_string_append (out, _("injuries reported"));
      else if (count_is_vague (event->injury_reports, most))
        g_string_append (out, vague_casualties (most, FALSE));
      else
        g_string_append_printf (out, ngettext ("%d injured", "%d injured", most), most);
    }
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static void
draw_icon (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  MarsadMarkerStyle style;
  const char *type = g_object_get_data (G_OBJECT (area), "event-type");

  marsad_marker_style_init (&style, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "background"))
                                    ? MARSAD_MARKER_ROLE_CONTEXT : MARSAD_MARKER_ROLE_EVENT_SITE);
  style.event_type = type;
  style.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  marsad_marker_draw (cr, width / 2.0, height / 2.0, &style, 0.8);
}

GtkWidget *
marsad_event_type_icon_new (const char *event_type,
                            gboolean    background)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 20);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 20);
  g_object_set_data_full (G_OBJECT (area), "event-type", g_strdup (event_type), g_free);
  g_object_set_data (G_OBJECT (area), "background", GINT_TO_POINTER (background));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_icon, NULL, NULL);
  gtk_widget_set_valign (area, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  marsad_event_type_label (event_type), -1);
  return area;
}

static void
row_edit_cb (MarsadEventRow  *row,
             MarsadEventList *self)
{
  g_signal_emit (self, signals[EDIT_EVENT], 0, marsad_event_row_get_event_id (row));
}

static GtkWidget *
create_row (MarsadEventList      *self,
            const MarsadDocument *doc,
            const MarsadEvent    *event)
{
  GtkWidget *row = marsad_event_row_new (doc, event);

  g_signal_connect_object (row, "edit", G_CALLBACK (row_edit_cb), self, 0);
  return row;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  gboolean bg = marsad_event_row_is_background (MARSAD_EVENT_ROW (row));
  gboolean bg_before = before != NULL && marsad_event_row_is_background (MARSAD_EVENT_ROW (before));

  if (bg && !bg_before)
    {
      GtkWidget *label = gtk_label_new (_("Background"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "section-header");
      gtk_widget_set_tooltip_text (label, _("History and context the article recalls, not news of the day"));
      gtk_list_box_row_set_header (row, label);
    }
  else
    gtk_list_box_row_set_header (row, NULL);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const MarsadEvent *ea = *(const MarsadEvent **) a;
  const MarsadEvent *eb = *(const MarsadEvent **) b;

  if (ea->background != eb->background)
    return ea->background ? 1 : -1;
  if (ea->date_start == NULL || eb->date_start == NULL)
    return (ea->date_start == NULL) - (eb->date_start == NULL);
  return g_strcmp0 (ea->date_start, eb->date_start);
}

void
marsad_event_list_set_document (MarsadEventList      *self,
                                const MarsadDocument *doc,
                                gboolean              show_background)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  GtkWidget *child;

  g_return_if_fail (MARSAD_IS_EVENT_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; doc != NULL && i < doc->events->len; i++)
    {
      MarsadEvent *event = g_ptr_array_index (doc->events, i);

      if (show_background || !event->background)
        g_ptr_array_add (events, event);
    }
  /* stable: the article's order breaks ties */
  g_ptr_array_sort (events, compare_events);
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->list, create_row (self, doc, g_ptr_array_index (events, i)));

  gtk_widget_set_visible (self->empty, events->len == 0);
  gtk_widget_set_visible (self->scroller, events->len > 0);
}

static GtkListBoxRow *
find_row (MarsadEventList *self,
          const char      *event_id)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        return NULL;
      if (g_strcmp0 (marsad_event_row_get_event_id (MARSAD_EVENT_ROW (row)), event_id) == 0)
        return row;
    }
}

/* GTK 4.8's list box cannot scroll to a row: bring its bounds into the
 * scroller's page, once the row has been laid out. */
static gboolean
scroll_to_selected_cb (gpointer user_data)
{
  MarsadEventList *self = user_data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_rect_t bounds;

  self->scroll_source = 0;
  if (row != NULL && gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    gtk_adjustment_clamp_page (adj, bounds.origin.y, bounds.origin.y + bounds.size.height);
  return G_SOURCE_REMOVE;
}

static void
scroll_to_selected (MarsadEventList *self)
{
  if (self->scroll_source == 0)
    self->scroll_source = g_idle_add_full (GTK_PRIORITY_RESIZE + 10, scroll_to_selected_cb, self, NULL);
}

void
marsad_event_list_select_event (MarsadEventList *self,
                                const char      *event_id)
{
  GtkListBoxRow *row = find_row (self, event_id);

  if (row != NULL)
    {
      gtk_list_box_select_row (self->list, row);
      scroll_to_selected (self);
    }
  else
    gtk_list_box_unselect_all (self->list);
}

guint
marsad_event_list_mark_place (MarsadEventList *self,
                              const char      *place_id)
{
  GtkListBoxRow *first = NULL;
  guint n = 0;

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);
      gboolean at_place;

      if (row == NULL)
        break;
      at_place = place_id != NULL && g_strcmp0 (marsad_event_row_get_place_id (MARSAD_EVENT_ROW (row)), place_id) == 0;
      if (at_place)
        {
          gtk_widget_add_css_class (GTK_WIDGET (row), "place-event");
          if (first == NULL)
            first = row;
          n++;
        }
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "place-event");
    }
  if (first != NULL)
    {
      gtk_list_box_select_row (self->list, first);
      scroll_to_selected (self);
    }
  else if (place_id != NULL)
    gtk_list_box_unselect_all (self->list);
  return n;
}

guint
marsad_event_list_count_marked (MarsadEventList *self)
{
  guint n = 0;

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        return n;
      if (gtk_widget_has_css_class (GTK_WIDGET (row), "place-event"))
        n++;
    }
}

const char *
marsad_event_list_get_selected_event (MarsadEventList *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row != NULL ? marsad_event_row_get_event_id (MARSAD_EVENT_ROW (row)) : NULL;
}

const char *
marsad_event_list_get_adjacent_event (MarsadEventList *self,
                                      int              step)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  guint n = marsad_event_list_get_n_rows (self);
  GtkListBoxRow *row;
  int index;

  if (n == 0)
    return NULL;
  if (selected == NULL)
    index = step > 0 ? 0 : (int) n - 1;
  else
    index = CLAMP (gtk_list_box_row_get_index (selected) + step, 0, (int) n - 1);
  row = gtk_list_box_get_row_at_index (self->list, index);
  return row != NULL ? marsad_event_row_get_event_id (MARSAD_EVENT_ROW (row)) : NULL;
}

gboolean
marsad_event_list_get_row_in_view (MarsadEventList *self,
                                   const char      *event_id)
{
  GtkListBoxRow *row = find_row (self, event_id);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_rect_t bounds;
  double top;

  if (row == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    return FALSE;
  top = gtk_adjustment_get_value (adj);
  return bounds.origin.y >= top - 0.5 &&
         bounds.origin.y + bounds.size.height <= top + gtk_adjustment_get_page_size (adj) + 0.5;
}

gboolean
marsad_event_list_activate_event (MarsadEventList *self,
                                  const char      *event_id)
{
  GtkListBoxRow *row = find_row (self, event_id);

  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->list, row);
  g_signal_emit_by_name (self->list, "row-activated", row);
  return TRUE;
}

char *
marsad_event_list_dup_event_details (MarsadEventList *self,
                                     const char      *event_id)
{
  GtkListBoxRow *row = find_row (self, event_id);

  return row != NULL ? marsad_event_row_dup_details (MARSAD_EVENT_ROW (row)) : NULL;
}

void
marsad_event_list_set_empty_text (MarsadEventList *self,
                                  const char      *description)
{
  g_return_if_fail (MARSAD_IS_EVENT_LIST (self));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty), description);
}

guint
marsad_event_list_get_n_rows (MarsadEventList *self)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (self->list, (int) n) != NULL)
    n++;
  return n;
}

char **
marsad_event_list_dup_order (MarsadEventList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        break;
      g_strv_builder_add (builder, marsad_event_row_get_event_id (MARSAD_EVENT_ROW (row)));
    }
  return g_strv_builder_end (builder);
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  MarsadEventList *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, marsad_event_row_get_event_id (MARSAD_EVENT_ROW (row)));
}

static void
marsad_event_list_dispose (GObject *object)
{
  MarsadEventList *self = MARSAD_EVENT_LIST (object);

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->empty, gtk_widget_unparent);
  G_OBJECT_CLASS (marsad_event_list_parent_class)->dispose (object);
}

static void
marsad_event_list_class_init (MarsadEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_event_list_dispose;

  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[EDIT_EVENT] = g_signal_new ("edit-event", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "marsad-timeline");
}

static void
marsad_event_list_init (MarsadEventList *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Events"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("No strike, clash or attack was found in this article"));
  gtk_widget_add_css_class (self->empty, "compact");
  gtk_widget_set_vexpand (self->empty, TRUE);
  gtk_widget_set_parent (self->empty, GTK_WIDGET (self));

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  gtk_widget_set_visible (self->scroller, FALSE);
}

GtkWidget *
marsad_event_list_new (void)
{
  return g_object_new (MARSAD_TYPE_EVENT_LIST, NULL);
}
