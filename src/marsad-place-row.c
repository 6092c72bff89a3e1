/* marsad-place-row.c: one place of the article's list of places
 *
 * Its Arabic name, right-aligned whatever the interface's direction, over
 * its English name (when the gazetteer has one) and its role.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-place-list.h"
#include "marsad-place-row.h"

struct _MarsadPlaceRow
{
  GtkListBoxRow  parent_instance;

  char          *place_id;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *subtitle_label;
};

G_DEFINE_FINAL_TYPE (MarsadPlaceRow, marsad_place_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
marsad_place_row_new (const MarsadDocument *doc,
                      const MarsadPlace    *place)
{
  MarsadPlaceRow *self = g_object_new (MARSAD_TYPE_PLACE_ROW, NULL);
  const char *role = marsad_place_role_label (doc, place);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  self->place_id = g_strdup (place->id);
  subtitle = marsad_place_english_name (place) != NULL
             ? g_strdup_printf ("%s · %s", marsad_place_english_name (place), role)
             : g_strdup (role);
  gtk_label_set_label (self->name_label, place->name);
  gtk_label_set_label (self->subtitle_label, subtitle);
  accessible = g_strdup_printf ("%s, %s", place->name, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return GTK_WIDGET (self);
}

const char *
marsad_place_row_get_place_id (MarsadPlaceRow *self)
{
  g_return_val_if_fail (MARSAD_IS_PLACE_ROW (self), NULL);
  return self->place_id;
}

static void
marsad_place_row_finalize (GObject *object)
{
  g_free (MARSAD_PLACE_ROW (object)->place_id);
  G_OBJECT_CLASS (marsad_place_row_parent_class)->finalize (object);
}

static void
marsad_place_row_class_init (MarsadPlaceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = marsad_place_row_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-place-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadPlaceRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadPlaceRow, subtitle_label);
}

static void
marsad_place_row_init (MarsadPlaceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* a widget's direction is no property a template can set */
  gtk_widget_set_direction (GTK_WIDGET (self->name_label), GTK_TEXT_DIR_RTL);
}
