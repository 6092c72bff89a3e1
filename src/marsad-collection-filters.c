/* marsad-collection-filters.c: which events of a collection are shown
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "marsad-collection-filters.h"

#define PLAY_INTERVAL_MS 700

struct _MarsadCollectionFilters
{
  GtkWidget            parent_instance;

  GtkToggleButton     *play_button;
  MarsadDateHistogram *histogram;
  GtkLabel            *range_label;
  GtkDropDown         *type_dropdown;
  GtkDropDown         *country_dropdown;
  GtkSearchEntry      *actor_entry;

  GtkStringList       *countries;    /* the codes behind country_dropdown, after "all" */
  char                *from, *to;
  char                *actor;
  guint                play_source;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (MarsadCollectionFilters, marsad_collection_filters, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PLAYING, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* "changed" (dates_only): what the map and timeline must follow */
enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ACLED's event types, in ACLED's order; the first entry of the drop-down is "all" */
static const char *const event_types[] = {
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
};

static const char *
event_type_label (guint i)
{
  switch (i)
    {
    case 0: return C_("event type", "Battles");
    case 1: return C_("event type", "Explosions/Remote violence");
    case 2: return C_("event type", "Violence against civilians");
    case 3: return C_("event type", "Protests");
    case 4: return C_("event type", "Riots");
    default: return C_("event type", "Strategic developments");
    }
}

static void
emit_changed (MarsadCollectionFilters *self,
              gboolean                 dates_only)
{
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0, dates_only);
}

static char *
format_day (MarsadCollectionFilters *self,
            guint                    day)
{
  g_autofree char *iso = marsad_date_histogram_dup_day (self->histogram, day);
  g_autoptr(GDateTime) dt = NULL;
  unsigned y, m, d;
  char *text;

  if (iso == NULL || sscanf (iso, "%u-%u-%u", &y, &m, &d) != 3)
    return g_strdup ("");
  dt = g_date_time_new_utc ((int) y, (int) m, (int) d, 0, 0, 0);
  /* TRANSLATORS: a day of the date range, a g_date_time_format() format
   * xgettext:no-c-format */
  text = g_date_time_format (dt, C_("filter date", "%e %B %Y"));
  g_strstrip (text);
  /* isolated (FSI … PDI): a Latin date in an Arabic line keeps its order */
  {
    char *isolated = g_strconcat ("\u2068", text, "\u2069", NULL);

    g_free (text);
    return isolated;
  }
}

static void
update_range_label (MarsadCollectionFilters *self)
{
  guint from, to, n = marsad_date_histogram_get_n_days (self->histogram);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No dated events"));
  else
    {
      gboolean has = marsad_date_histogram_get_range (self->histogram, &from, &to);
      g_autofree char *a = NULL, *b = NULL;

      if (!has)
        {
          from = 0;
          to = n - 1;
        }
      a = format_day (self, from);
      b = format_day (self, to);
      if (from == to)
        text = g_strdup (a);
      else if (has)
        /* TRANSLATORS: the chosen dates, first – last */
        text = g_strdup_printf (_("%s – %s"), a, b);
      else
        /* TRANSLATORS: every date of the collection, first – last */
        text = g_strdup_printf (_("All dates: %s – %s"), a, b);
    }
  gtk_label_set_text (self->range_label, text);
}

static void
range_changed_cb (MarsadCollectionFilters *self)
{
  guint from, to;

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  if (marsad_date_histogram_get_range (self->histogram, &from, &to))
    {
      self->from = marsad_date_histogram_dup_day (self->histogram, from);
      self->to = marsad_date_histogram_dup_day (self->histogram, to);
    }
  update_range_label (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.all-dates", self->from != NULL);
  emit_changed (self, TRUE);
}

static gboolean
play_step_cb (gpointer user_data)
{
  MarsadCollectionFilters *self = user_data;
  guint from, to, n = marsad_date_histogram_get_n_days (self->histogram);

  if (marsad_date_histogram_get_range (self->histogram, &from, &to) && to + 1 < n)
    {
      /* the next day that has events, as a day of its own */
      guint next = to + 1;

      while (next + 1 < n && marsad_date_histogram_get_count (self->histogram, next) == 0)
        next++;
      marsad_date_histogram_set_range (self->histogram, next, next);
      return G_SOURCE_CONTINUE;
    }
  self->play_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
  return G_SOURCE_REMOVE;
}

static void
set_playing (MarsadCollectionFilters *self,
             gboolean                 playing)
{
  if (playing == (self->play_source != 0))
    return;
  if (playing)
    {
      guint from, to, n = marsad_date_histogram_get_n_days (self->histogram);

      if (n == 0)
        return;
      /* from the start of the range (or of the collection), one day a step */
      if (!marsad_date_histogram_get_range (self->histogram, &from, &to) || from + 1 >= n)
        from = 0;
      marsad_date_histogram_set_range (self->histogram, from, from);
      self->play_source = g_timeout_add (PLAY_INTERVAL_MS, play_step_cb, self);
    }
  else
    g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

static void
playing_notify_cb (MarsadCollectionFilters *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            self->play_source != 0 ? "media-playback-pause-symbolic"
                                                   : "media-playback-start-symbolic");
}

gboolean
marsad_collection_filters_get_playing (MarsadCollectionFilters *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_FILTERS (self), FALSE);
  return self->play_source != 0;
}

static void
all_dates_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MarsadCollectionFilters *self = MARSAD_COLLECTION_FILTERS (widget);

  set_playing (self, FALSE);
  marsad_date_histogram_clear_range (self->histogram);
}

void
marsad_collection_filters_set_days (MarsadCollectionFilters *self,
                                    const GDate             *first,
                                    guint                    n_days)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_FILTERS (self));

  set_playing (self, FALSE);
  marsad_date_histogram_set_days (self->histogram, first, n_days);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.playing", n_days > 1);
  update_range_label (self);
}

void
marsad_collection_filters_set_counts (MarsadCollectionFilters *self,
                                      const guint             *counts,
                                      guint                    n)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_FILTERS (self));
  marsad_date_histogram_set_counts (self->histogram, counts, n);
}

static const char *
chosen_country (MarsadCollectionFilters *self)
{
  guint i = gtk_drop_down_get_selected (self->country_dropdown);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (self->countries, i - 1);
}

void
marsad_collection_filters_set_countries (MarsadCollectionFilters *self,
                                         const char * const      *codes)
{
  g_autofree char *chosen = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  guint selected = 0;

  g_return_if_fail (MARSAD_IS_COLLECTION_FILTERS (self));

  chosen = g_strdup (chosen_country (self));
  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, _("All Countries"));
  gtk_string_list_splice (self->countries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->countries)), NULL);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      gtk_string_list_append (self->countries, codes[i]);
      gtk_string_list_append (labels, codes[i]);
      if (g_strcmp0 (codes[i], chosen) == 0)
        selected = i + 1;
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->country_dropdown, selected);
  self->updating = FALSE;
  if (chosen != NULL && selected == 0)
    emit_changed (self, FALSE);
}

gboolean
marsad_collection_filters_set_event_type (MarsadCollectionFilters *self,
                                          const char              *type)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_FILTERS (self), FALSE);

  if (type == NULL)
    {
      gtk_drop_down_set_selected (self->type_dropdown, 0);
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (event_types); i++)
    if (g_str_equal (event_types[i], type))
      {
        gtk_drop_down_set_selected (self->type_dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}

void
marsad_collection_filters_apply (MarsadCollectionFilters *self,
                                 MarsadCollectionFilter  *filter,
                                 gboolean                 with_dates)
{
  guint type;

  g_return_if_fail (MARSAD_IS_COLLECTION_FILTERS (self));

  filter->from = with_dates ? self->from : NULL;
  filter->to = with_dates ? self->to : NULL;
  type = gtk_drop_down_get_selected (self->type_dropdown);
  filter->type = type > 0 && type <= G_N_ELEMENTS (event_types) ? event_types[type - 1] : NULL;
  filter->country = chosen_country (self);
  filter->actor = self->actor;
}

MarsadDateHistogram *
marsad_collection_filters_get_histogram (MarsadCollectionFilters *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_FILTERS (self), NULL);
  return self->histogram;
}

static void
dropdown_changed_cb (MarsadCollectionFilters *self)
{
  emit_changed (self, FALSE);
}

static void
actor_changed_cb (MarsadCollectionFilters *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->actor_entry));
  g_autofree char *actor = g_strstrip (g_strdup (text));

  if (g_strcmp0 (actor[0] != '\0' ? actor : NULL, self->actor) == 0)
    return;
  g_free (self->actor);
  self->actor = actor[0] != '\0' ? g_steal_pointer (&actor) : NULL;
  emit_changed (self, FALSE);
}

static void
marsad_collection_filters_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAYING:
      g_value_set_boolean (value, MARSAD_COLLECTION_FILTERS (object)->play_source != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
marsad_collection_filters_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAYING:
      set_playing (MARSAD_COLLECTION_FILTERS (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
marsad_collection_filters_dispose (GObject *object)
{
  MarsadCollectionFilters *self = MARSAD_COLLECTION_FILTERS (object);
  GtkWidget *child;

  g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MARSAD_TYPE_COLLECTION_FILTERS);
  /* the template's unnamed top box */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (marsad_collection_filters_parent_class)->dispose (object);
}

static void
marsad_collection_filters_finalize (GObject *object)
{
  MarsadCollectionFilters *self = MARSAD_COLLECTION_FILTERS (object);

  g_clear_object (&self->countries);
  g_free (self->from);
  g_free (self->to);
  g_free (self->actor);
  G_OBJECT_CLASS (marsad_collection_filters_parent_class)->finalize (object);
}

static void
marsad_collection_filters_class_init (MarsadCollectionFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_collection_filters_dispose;
  object_class->finalize = marsad_collection_filters_finalize;
  object_class->get_property = marsad_collection_filters_get_property;
  object_class->set_property = marsad_collection_filters_set_property;

  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (MARSAD_TYPE_DATE_HISTOGRAM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-collection-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionFilters, play_button);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionFilters, histogram);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionFilters, range_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionFilters, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionFilters, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionFilters, actor_entry);
  gtk_widget_class_install_property_action (widget_class, "filters.playing", "playing");
  gtk_widget_class_install_action (widget_class, "filters.all-dates", NULL, all_dates_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "marsad-collection-filters");
}

static void
marsad_collection_filters_init (MarsadCollectionFilters *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->countries = gtk_string_list_new (NULL);

  gtk_string_list_append (types, _("All Types"));
  for (guint i = 0; i < G_N_ELEMENTS (event_types); i++)
    gtk_string_list_append (types, event_type_label (i));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  marsad_collection_filters_set_countries (self, NULL);

  g_signal_connect_swapped (self->histogram, "range-changed", G_CALLBACK (range_changed_cb), self);
  g_signal_connect_swapped (self->type_dropdown, "notify::selected", G_CALLBACK (dropdown_changed_cb), self);
  g_signal_connect_swapped (self->country_dropdown, "notify::selected", G_CALLBACK (dropdown_changed_cb), self);
  g_signal_connect_swapped (self->actor_entry, "search-changed", G_CALLBACK (actor_changed_cb), self);
  g_signal_connect (self, "notify::playing", G_CALLBACK (playing_notify_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.all-dates", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.playing", FALSE);
  update_range_label (self);
}

GtkWidget *
marsad_collection_filters_new (void)
{
  return g_object_new (MARSAD_TYPE_COLLECTION_FILTERS, NULL);
}
