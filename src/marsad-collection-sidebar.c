/* marsad-collection-sidebar.c: the articles of a collection
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "marsad-collection-sidebar.h"

/* A row's article; keeps the array that owns the info alive. */
#define MARSAD_TYPE_ARTICLE_ITEM (marsad_article_item_get_type ())
G_DECLARE_FINAL_TYPE (MarsadArticleItem, marsad_article_item, MARSAD, ARTICLE_ITEM, GObject)

struct _MarsadArticleItem
{
  GObject                  parent_instance;
  const MarsadArticleInfo *info;
  GPtrArray               *owner;
};

G_DEFINE_FINAL_TYPE (MarsadArticleItem, marsad_article_item, G_TYPE_OBJECT)

static void
marsad_article_item_finalize (GObject *object)
{
  g_ptr_array_unref (MARSAD_ARTICLE_ITEM (object)->owner);
  G_OBJECT_CLASS (marsad_article_item_parent_class)->finalize (object);
}

static void
marsad_article_item_class_init (MarsadArticleItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = marsad_article_item_finalize;
}

static void
marsad_article_item_init (MarsadArticleItem *self)
{
}

static MarsadArticleItem *
marsad_article_item_new (GPtrArray *owner,
                         guint      index)
{
  MarsadArticleItem *self = g_object_new (MARSAD_TYPE_ARTICLE_ITEM, NULL);

  self->owner = g_ptr_array_ref (owner);
  self->info = g_ptr_array_index (owner, index);
  return self;
}

struct _MarsadCollectionSidebar
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkDropDown        *sort_dropdown;
  GtkStack           *stack;
  GtkListView        *list;

  /* one row widget for each visible row only: thousands of articles
   * cost no more than a screenful */
  GListStore         *store;       /* MarsadArticleItem */
  GtkSorter          *sorter;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  char               *search;
  gint64              selected;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (MarsadCollectionSidebar, marsad_collection_sidebar, GTK_TYPE_WIDGET)

enum { SEARCH_CHANGED, ARTICLE_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

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

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *caption = gtk_label_new (NULL);

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

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  MarsadArticleItem *article = gtk_list_item_get_item (item);
  const MarsadArticleInfo *info = article->info;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *caption = gtk_widget_get_next_sibling (title);
  g_autofree char *date = format_published (info->published);
  g_autofree char *events = g_strdup_printf (ngettext ("%u event", "%u events", info->n_events), info->n_events);
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  gboolean rtl_ui = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;

  gtk_label_set_text (GTK_LABEL (title), info->title != NULL ? info->title : _("Untitled"));
  /* the line of facts follows the UI's direction (a leading mark: Pango
   * would take it from an Arabic outlet's first letter); the outlet last,
   * where its own direction cannot reorder the date */
  text = g_strdup_printf ("%s%s · %s · %s", rtl_ui ? "\u200F" : "\u200E", date, events,
                          info->outlet != NULL ? info->outlet : _("Unknown outlet"));
  gtk_label_set_text (GTK_LABEL (caption), text);
  accessible = g_strdup_printf ("%s, %s, %s, %s", info->title != NULL ? info->title : "",
                                info->outlet != NULL ? info->outlet : "", date, events);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  MarsadCollectionSidebar *self = user_data;
  const MarsadArticleInfo *x = MARSAD_ARTICLE_ITEM ((gpointer) a)->info;
  const MarsadArticleInfo *y = MARSAD_ARTICLE_ITEM ((gpointer) b)->info;
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
  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static guint
n_rows (MarsadCollectionSidebar *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

static const MarsadArticleInfo *
row_info (MarsadCollectionSidebar *self,
          guint                    position)
{
  g_autoptr(MarsadArticleItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  /* the store keeps the item (and its info) alive */
  return item != NULL ? item->info : NULL;
}

static guint
find_row (MarsadCollectionSidebar *self,
          gint64                   article_id)
{
  for (guint i = 0; i < n_rows (self); i++)
    if (row_info (self, i)->id == article_id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
update_count (MarsadCollectionSidebar *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

void
marsad_collection_sidebar_set_articles (MarsadCollectionSidebar *self,
                                        GPtrArray               *articles)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint keep;

  g_return_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self));

  for (guint i = 0; articles != NULL && i < articles->len; i++)
    g_ptr_array_add (items, marsad_article_item_new (articles, i));
  self->updating = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  keep = self->selected >= 0 ? find_row (self, self->selected) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->selection, keep);
  self->updating = FALSE;
  update_count (self);
  if (keep == GTK_INVALID_LIST_POSITION && self->selected >= 0)
    {
      self->selected = -1;
      g_signal_emit (self, signals[ARTICLE_SELECTED], 0, (gint64) -1);
    }
}

guint
marsad_collection_sidebar_get_n_articles (MarsadCollectionSidebar *self)
{
  g_return_val_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->store));
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
  guint count = n_rows (self);
  gint64 *ids = g_new0 (gint64, MAX (count, 1));

  for (guint i = 0; i < count; i++)
    ids[i] = row_info (self, i)->id;
  *n = count;
  return ids;
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
  guint position;

  g_return_val_if_fail (MARSAD_IS_COLLECTION_SIDEBAR (self), FALSE);

  position = article_id >= 0 ? find_row (self, article_id) : GTK_INVALID_LIST_POSITION;
  if (article_id >= 0 && position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

static void
selected_changed_cb (MarsadCollectionSidebar *self)
{
  MarsadArticleItem *item = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = item != NULL ? item->info->id : -1;

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
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
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

  g_clear_object (&self->selection);
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
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->selected = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (MARSAD_TYPE_ARTICLE_ITEM);
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, self, NULL));
  /* each takes the one before */
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->store), self->sorter);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selected_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (sort_changed_cb), self);
  update_count (self);
}

GtkWidget *
marsad_collection_sidebar_new (void)
{
  return g_object_new (MARSAD_TYPE_COLLECTION_SIDEBAR, NULL);
}
