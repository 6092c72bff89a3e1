/* marsad-collection-sidebar.c: the articles of a collection
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "marsad-collection-sidebar.h"

struct _MarsadCollectionSidebar
{
  GtkWidget       parent_instance;

  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkDropDown    *sort_dropdown;
  GtkStack       *stack;
  GtkListBox     *list;

  GPtrArray      *articles;      /* MarsadArticleInfo * */
  char           *search;
  gint64          selected;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (MarsadCollectionSidebar, marsad_collection_sidebar, GTK_TYPE_WIDGET)

enum { SEARCH_CHANGED, ARTICLE_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const MarsadArticleInfo *
row_info (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "article");
}

static char *
format_published (const char *published)
{
  unsigned y, m, d;
  g_autoptr(GDateTime) dt = NULL;
  char *text;

  if (published == NULL || sscanf (published, "%u-%u-%u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return g_strdup (_("Date unknown"));
  dt = g_date_time_new_utc ((int) y, (int) m, (int) d, 0, 0, 0);
  /* xgettext:no-c-format */
  text = g_date_time_format (dt, C_("event date", "%e %b %Y"));
  return g_strstrip (text);
}

static GtkWidget *
create_row (const MarsadArticleInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (info->title != NULL ? info->title : _("Untitled"));
  GtkWidget *caption;
  g_autofree char *date = format_published (info->published);
  g_autofree char *events = g_strdup_printf (ngettext ("%u event", "%u events", info->n_events), info->n_events);
  g_autofree char *text = NULL;
  gboolean rtl_ui = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  /* Arabic titles read right to left whatever the UI's direction */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_widget_set_direction (title, GTK_TEXT_DIR_RTL);
  gtk_widget_add_css_class (title, "arabic");
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  /* the line of facts follows the UI's direction (a leading mark: Pango
   * would take it from an Arabic outlet's first letter); the outlet last,
   * where its own direction cannot reorder the date */
  text = g_strdup_printf ("%s%s · %s · %s", rtl_ui ? "\u200F" : "\u200E", date, events,
                          info->outlet != NULL ? info->outlet : _("Unknown outlet"));
  caption = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "article", (gpointer) info);
  {
    g_autofree char *accessible = g_strdup_printf ("%s, %s, %s, %s", info->title != NULL ? info->title : "",
                                                   info->outlet != NULL ? info->outlet : "", date, events);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  }
  return row;
}

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  MarsadCollectionSidebar *self = user_data;
  const MarsadArticleInfo *x = row_info (a), *y = row_info (b);
  int c = 0;

  switch ((MarsadArticleSort) gtk_drop_down_get_selected (self->sort_dropdown))
    {
    case MARSAD_ARTICLE_SORT_OLDEST:
      c = g_strcmp0 (x->published, y->published);
      break;
    case MARSAD_ARTICLE_SORT_EVENTS:
      c = (int) y->n_events - (int) x->n_events;
      break;
    case MARSAD_ARTICLE_SORT_OUTLET:
      c = g_utf8_collate (x->outlet != NULL ? x->outlet : "", y->outlet != NULL ? y->outlet : "");
      break;
    case MARSAD_ARTICLE_SORT_NEWEST:
    default:
      c = g_strcmp0 (y->published, x->published);
      break;
    }
  if (c == 0)
    c = x->id < y->id ? -1 : x->id > y->id;
  return c;
}

static void
update_count (MarsadCollectionSidebar *self)
{
  guint n = self->articles != NULL ? self->articles->len : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

void
marsad_collection_sidebar_set_articles (MarsadCollectionSidebar *self,
                                        GPtrArray               *articles)
{
  GtkWidget *child;
  GtkListBoxRow *keep = NULL;

  g_return_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self));

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  if (articles != NULL)
    self->articles = g_ptr_array_ref (articles);

  for (guint i = 0; articles != NULL && i < articles->len; i++)
    {
      const MarsadArticleInfo *info = g_ptr_array_index (articles, i);
      GtkWidget *row = create_row (info);

      gtk_list_box_append (self->list, row);
      if (info->id == self->selected)
        keep = GTK_LIST_BOX_ROW (row);
    }
  if (keep != NULL)
    gtk_list_box_select_row (self->list, keep);
  self->updating = FALSE;
  update_count (self);
  if (keep == NULL && self->selected >= 0)
    {
      self->selected = -1;
      g_signal_emit (self, signals[ARTICLE_SELECTED], 0, (gint64) -1);
    }
}

guint
marsad_collection_sidebar_get_n_articles (MarsadCollectionSidebar *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self), 0);
  return self->articles != NULL ? self->articles->len : 0;
}

const char *
marsad_collection_sidebar_get_search (MarsadCollectionSidebar *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self), NULL);
  return self->search;
}

void
marsad_collection_sidebar_set_search (MarsadCollectionSidebar *self,
                                      const char              *text)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self));
  /* GtkSearchEntry delays ::search-changed; a program wants it now */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_emit_by_name (self->search_entry, "search-changed");
}

void
marsad_collection_sidebar_set_sort (MarsadCollectionSidebar *self,
                                    MarsadArticleSort        sort)
{
  g_return_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self));
  gtk_drop_down_set_selected (self->sort_dropdown, sort);
}

gint64 *
marsad_collection_sidebar_dup_order (MarsadCollectionSidebar *self,
                                     guint                   *n)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        break;
      g_array_append_val (ids, row_info (row)->id);
    }
  *n = ids->len;
  return (gint64 *) g_array_free (g_steal_pointer (&ids), FALSE);
}

gint64
marsad_collection_sidebar_get_selected (MarsadCollectionSidebar *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self), -1);
  return self->selected;
}

gboolean
marsad_collection_sidebar_select (MarsadCollectionSidebar *self,
                                  gint64                   article_id)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self), FALSE);

  if (article_id < 0)
    {
      gtk_list_box_unselect_all (self->list);
      return TRUE;
    }
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        return FALSE;
      if (row_info (row)->id == article_id)
        {
          gtk_list_box_select_row (self->list, row);
          return TRUE;
        }
    }
}

static void
selected_rows_changed_cb (MarsadCollectionSidebar *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  gint64 id = row != NULL ? row_info (row)->id : -1;

  if (self->updating || id == self->selected)
    return;
  self->selected = id;
  g_signal_emit (self, signals[ARTICLE_SELECTED], 0, id);
}

static void
search_changed_cb (MarsadCollectionSidebar *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (g_strcmp0 (text[0] != '\0' ? text : NULL, self->search) == 0)
    return;
  g_free (self->search);
  self->search = text[0] != '\0' ? g_steal_pointer (&text) : NULL;
  g_signal_emit (self, signals[SEARCH_CHANGED], 0);
}

static void
sort_changed_cb (MarsadCollectionSidebar *self)
{
  gtk_list_box_invalidate_sort (self->list);
}

static void
marsad_collection_sidebar_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), MARSAD_TYPE_COLLECTION_SIDEBAR);
  /* the template's unnamed top box */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (marsad_collection_sidebar_parent_class)->dispose (object);
}

static void
marsad_collection_sidebar_finalize (GObject *object)
{
  MarsadCollectionSidebar *self = MARSAD_COLLECTION_SIDEBAR (object);

  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_free (self->search);
  G_OBJECT_CLASS (marsad_collection_sidebar_parent_class)->finalize (object);
}

static void
marsad_collection_sidebar_class_init (MarsadCollectionSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = marsad_collection_sidebar_dispose;
  object_class->finalize = marsad_collection_sidebar_finalize;

  signals[SEARCH_CHANGED] = g_signal_new ("search-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  signals[ARTICLE_SELECTED] = g_signal_new ("article-selected", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/marsad/Marsad/marsad-collection-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionSidebar, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, MarsadCollectionSidebar, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "marsad-collection-sidebar");
}

static void
marsad_collection_sidebar_init (MarsadCollectionSidebar *self)
{
  self->selected = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_sort_func (self->list, compare_rows, self, NULL);
  g_signal_connect_swapped (self->list, "selected-rows-changed", G_CALLBACK (selected_rows_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (sort_changed_cb), self);
  update_count (self);
}

GtkWidget *
marsad_collection_sidebar_new (void)
{
  return g_object_new (MARSAD_TYPE_COLLECTION_SIDEBAR, NULL);
}
