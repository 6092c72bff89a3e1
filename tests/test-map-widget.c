/* test-map-widget.c: the map tells the truth (under Xvfb)
 *
 * A document of 60 places built here (six crowded towns and their quarters,
 * some sharing one spot), shown in a MarsadMapWidget: every place is drawn
 * on its spot or in the badge of a cluster within 30 px of it at zooms
 * 3–12; badges zoom in or list their places; the first view frames the
 * fine event sites, not a far capital or a country; a new size refits;
 * picking a place off screen flies to it; a place with no marker (named
 * only as an actor) gets a selection mark on its point while it is
 * selected; the legend toggles.
 *
 * MARSAD_TEST_SCREENSHOTS=DIR writes what the map shows as PNGs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "marsad-export-dialog.h"
#include "map-test-support.h"
#include "marsad-map-widget.h"

/* a flight (FLY_DURATION_MS) and the frames after it */
#define FLY_WAIT_MS 1200

typedef struct
{
  GtkWindow       *window;
  MarsadMapWidget *map;
  MarsadDocument  *doc;
} Fixture;

typedef struct
{
  const char *name;
  const char *name_en;
  double      lat, lon;
} Town;

/* Six towns, ten places each: the town and nine quarters and villages a
 * few kilometres round it, named in the towns' own way. */
static const Town towns[] = {
  { "بغداد", "Baghdad", 33.315, 44.366 },
  { "الموصل", "Mosul", 36.340, 43.130 },
  { "حلب", "Aleppo", 36.202, 37.134 },
  { "غزة", "Gaza", 31.501, 34.467 },
  { "صنعاء", "Sanaa", 15.369, 44.191 },
  { "بيروت", "Beirut", 33.894, 35.502 },
};

static const char *const quarters[] = {
  "الحي الشرقي", "الحي الغربي", "السوق القديم", "ضاحية النخيل", "قرية العين",
  "تل الزيتون", "المنطقة الصناعية", "حي المطار", "الحي الجامعي",
};


static MarsadPlace *
add_place (MarsadDocument    *doc,
           const char        *name,
           const char        *name_en,
           double             lat,
           double             lon,
           const char        *kind,
           MarsadMentionRole  role)
{
  MarsadPlace *place = marsad_place_new ();
  MarsadMention mention = { 0, 1, 0, role };

  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  place->name = g_strdup (name);
  place->name_en = g_strdup (name_en);
  place->lat = lat;
  place->lon = lon;
  place->kind = g_strdup (kind);
  g_array_append_val (place->mentions, mention);
  g_ptr_array_add (doc->places, place);
  return place;
}

static void
add_event (MarsadDocument *doc,
           const char     *type,
           const char     *place_id,
           gboolean        background)
{
  MarsadEvent *event = marsad_event_new ();

  event->id = g_strdup_printf ("e%u", doc->events->len + 1);
  event->type = g_strdup (type);
  event->date_start = g_strdup ("2024-03-11");
  event->place_id = g_strdup (place_id);
  event->background = background;
  g_ptr_array_add (doc->events, event);
}

/* The text says it in a line: the places matter, not the extraction. */
static MarsadDocument *
sixty_places_document (void)
{
  const char *text = "قصفت طائرات مسيّرة أحياء في ست مدن، واندلعت اشتباكات في قراها.";
  const char *const *types = marsad_event_types ();
  MarsadDocument *doc = marsad_document_new_from_text (text, -1, NULL);
  MarsadSpan sentence = { 0, (guint) g_utf8_strlen (text, -1) };

  g_array_append_val (doc->sentences, sentence);
  doc->title = g_strdup ("ضربات واشتباكات في ست مدن");
  for (guint t = 0; t < G_N_ELEMENTS (towns); t++)
    {
      MarsadPlace *town = add_place (doc, towns[t].name, towns[t].name_en, towns[t].lat, towns[t].lon,
                                     "city", MARSAD_ROLE_EVENT_SITE);

      add_event (doc, types[t % MARSAD_N_EVENT_TYPES], town->id, FALSE);
      add_event (doc, types[(t + 1) % MARSAD_N_EVENT_TYPES], town->id, FALSE);
      for (guint q = 0; q < G_N_ELEMENTS (quarters); q++)
        {
          /* a spiral out to about 25 km; the last quarter sits on the
           * town's own spot, as a gazetteer often puts a quarter */
          double angle = q * 2.4, dist = q == 8 ? 0 : 0.01 + 0.03 * q;
          g_autofree char *name = g_strdup_printf ("%s (%s)", quarters[q], towns[t].name);
          g_autofree char *name_en = g_strdup_printf ("%s quarter %u", towns[t].name_en, q + 1);
          MarsadPlace *place = add_place (doc, name, name_en, towns[t].lat + dist * sin (angle),
                                          towns[t].lon + dist * cos (angle), "neighbourhood",
                                          q % 3 == 2 ? MARSAD_ROLE_CONTEXT : MARSAD_ROLE_EVENT_SITE);

          if (q % 3 != 2)
            add_event (doc, types[(t + q) % MARSAD_N_EVENT_TYPES], place->id, q == 7);
        }
    }
  g_assert_cmpuint (doc->places->len, ==, 60);
  return doc;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load_default (&error);

  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  fixture->map = MARSAD_MAP_WIDGET (marsad_map_widget_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  marsad_map_widget_set_basemap (fixture->map, basemap);
  fixture->doc = sixty_places_document ();
  marsad_map_widget_set_document (fixture->map, fixture->doc, TRUE, TRUE);
  gtk_window_present (fixture->window);
  iterate (400);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (marsad_map_widget_get_marker_layer (fixture->map)), FALSE);
  destroy_window (fixture->window);
  marsad_document_free (fixture->doc);
  iterate (50);
}

static void
screenshot_widget (GtkWidget  *widget,
                   const char *name)
{
  const char *dir = g_getenv ("MARSAD_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  iterate (600);   /* the tiles */
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
  g_test_message ("screenshot %s", path);
}

static void
screenshot (Fixture    *fixture,
            const char *name)
{
  screenshot_widget (GTK_WIDGET (fixture->window), name);
}

static void
center_on (Fixture *fixture,
           double   lat,
           double   lon,
           double   zoom)
{
  ShumateMap *map = SHUMATE_MAP (marsad_map_widget_get_map (fixture->map));
  ShumateViewport *viewport = shumate_map_get_viewport (map);

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_map_center_on (map, lat, lon);
  iterate (20);
}

/* The distance between where a place is drawn (its marker, or its
 * cluster's badge) and where it is, for each place on screen. */
static double
worst_offset (Fixture  *fixture,
              guint    *n_on_screen)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (fixture->map)));
  int width = gtk_widget_get_width (GTK_WIDGET (layer)), height = gtk_widget_get_height (GTK_WIDGET (layer));
  double worst = 0;

  *n_on_screen = 0;
  for (guint i = 0; i < fixture->doc->places->len; i++)
    {
      const MarsadPlace *place = g_ptr_array_index (fixture->doc->places, i);
      double x, y, px, py;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), place->lat, place->lon, &px, &py);
      if (px < 0 || py < 0 || px > width || py > height)
        continue;
      g_assert_true (marsad_marker_layer_get_marker_position (layer, place->id, &x, &y));
      (*n_on_screen)++;
      worst = MAX (worst, hypot (x - px, y - py));
    }
  return worst;
}

static void
test_markers_stay (Fixture       *fixture,
                   gconstpointer  data)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);

  g_assert_cmpuint (marsad_marker_layer_get_n_markers (layer), ==, 60);
  for (int zoom = 3; zoom <= 12; zoom++)
    for (guint t = 0; t < G_N_ELEMENTS (towns); t++)
      for (int half = 0; half < 2; half++)
        {
          guint n = 0;
          double worst;

          /* integer zooms, and the half steps between them */
          center_on (fixture, towns[t].lat, towns[t].lon, zoom + 0.49 * half);
          worst = worst_offset (fixture, &n);
          g_assert_cmpuint (n, >=, 1);
          if (worst > 30)
            g_test_message ("zoom %.2f at %s: a place drawn %.1f px away", zoom + 0.49 * half,
                            towns[t].name_en, worst);
          g_assert_cmpfloat (worst, <=, 30.0);
        }

  center_on (fixture, 33.0, 40.0, 5);
  screenshot (fixture, "map-clusters-z5");
  center_on (fixture, towns[0].lat, towns[0].lon, 10);
  screenshot (fixture, "map-baghdad-z10");
}

static void
test_cluster_click (Fixture       *fixture,
                    gconstpointer  data)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (fixture->map)));
  double x, y, lat, lon, zoom;
  int cluster;
  g_autoptr(GPtrArray) ids = NULL;

  /* Baghdad's ten places are one badge at zoom 6 */
  center_on (fixture, towns[0].lat, towns[0].lon, 6);
  g_assert_true (marsad_marker_layer_get_marker_position (layer, "p1", &x, &y));
  cluster = marsad_marker_layer_pick_cluster (layer, x, y);
  g_assert_cmpint (cluster, >=, 0);
  ids = marsad_marker_layer_dup_cluster_places (layer, cluster);
  g_assert_cmpuint (ids->len, >, 1);
  g_assert_true (marsad_marker_layer_get_cluster_expansion (layer, cluster, &lat, &lon, &zoom));
  g_assert_cmpfloat (zoom, >, 6);

  g_signal_emit_by_name (layer, "cluster-activated", (guint) cluster, x, y);
  iterate (1200);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, 6.5);

  /* the town and the quarter on its spot never part: listed instead */
  center_on (fixture, towns[0].lat, towns[0].lon, 14);
  g_assert_true (marsad_marker_layer_get_marker_position (layer, "p1", &x, &y));
  cluster = marsad_marker_layer_pick_cluster (layer, x, y);
  g_assert_cmpint (cluster, >=, 0);
  g_clear_pointer (&ids, g_ptr_array_unref);
  ids = marsad_marker_layer_dup_cluster_places (layer, cluster);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_false (marsad_marker_layer_get_cluster_expansion (layer, cluster, &lat, &lon, &zoom));
  g_signal_emit_by_name (layer, "cluster-activated", (guint) cluster, x, y);
  iterate (300);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, 14);
  screenshot (fixture, "map-cluster-list");
  if (g_getenv ("MARSAD_TEST_SCREENSHOTS") != NULL)
    {
      /* the list is a popover, a surface of its own: the whole screen */
      g_autofree char *command = g_strdup_printf ("import -window root %s/map-cluster-popover.png",
                                                  g_getenv ("MARSAD_TEST_SCREENSHOTS"));

      iterate (300);
      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
    }
}

static gboolean
on_screen (Fixture *fixture,
           double   lat,
           double   lon)
{
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (fixture->map)));
  GtkWidget *widget = GTK_WIDGET (fixture->map);
  double x, y;

  shumate_viewport_location_to_widget_coords (viewport, widget, lat, lon, &x, &y);
  return x >= 0 && y >= 0 && x <= gtk_widget_get_width (widget) && y <= gtk_widget_get_height (widget);
}

static void
test_unmarked_place_mark (Fixture       *fixture,
                          gconstpointer  data)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (fixture->map)));
  MarsadPlace *washington;
  double x, y, cx = 0, cy = 0, mx, my;
  guint n;

  /* «قالت واشنطن إن…»: a capital named only as the one who speaks */
  washington = add_place (fixture->doc, "واشنطن", "Washington", 38.895, -77.036, "city", MARSAD_ROLE_ACTOR);
  marsad_map_widget_set_document (fixture->map, fixture->doc, TRUE, FALSE);
  iterate (100);
  g_assert_cmpint (marsad_map_marker_set_find (marsad_marker_layer_get_marker_set (layer), washington->id), <, 0);

  marsad_map_widget_select_place (fixture->map, washington->id);
  /* it is far off screen: the map flies there */
  iterate (FLY_WAIT_MS);
  g_assert_true (on_screen (fixture, washington->lat, washington->lon));
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (layer), washington->lat, washington->lon, &x, &y);
  g_assert_true (marsad_marker_layer_get_selection_mark (layer, &mx, &my));
  g_assert_cmpfloat (fabs (mx - x), <, 1.0);
  g_assert_cmpfloat (fabs (my - y), <, 1.0);
  /* drawn: a ring of the accent round the point, nothing else of it here */
  n = count_accent_pixels (layer, x, y, &cx, &cy);
  g_test_message ("mark: %u accent pixels centred at %.1f,%.1f; the point at %.1f,%.1f", n, cx, cy, x, y);
  g_assert_cmpuint (n, >, 40);
  g_assert_cmpfloat (fabs (cx - x), <, 3.0);
  g_assert_cmpfloat (fabs (cy - y), <, 3.0);
  screenshot (fixture, "map-unmarked-place");

  /* gone with the selection */
  marsad_map_widget_select_place (fixture->map, NULL);
  iterate (100);
  g_assert_false (marsad_marker_layer_get_selection_mark (layer, NULL, NULL));
  g_assert_cmpuint (count_accent_pixels (layer, x, y, &cx, &cy), ==, 0);

  /* and a place with a marker keeps its own ring, no mark */
  marsad_map_widget_select_place (fixture->map, "p1");
  iterate (FLY_WAIT_MS);
  g_assert_false (marsad_marker_layer_get_selection_mark (layer, NULL, NULL));
  marsad_map_widget_select_place (fixture->map, washington->id);
  marsad_map_widget_select_place (fixture->map, "p1");
  g_assert_false (marsad_marker_layer_get_selection_mark (layer, NULL, NULL));
}

static void
test_framing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MarsadDocument) doc = marsad_document_new_from_text ("نص.", -1, NULL);
  ShumateViewport *viewport = shumate_map_get_viewport (SHUMATE_MAP (marsad_map_widget_get_map (fixture->map)));
  MarsadPlace *jabalia, *rafah, *washington, *usa;

  /* strikes in two Gaza towns; a statement from Washington placed there;
   * the United States named as an actor's country */
  jabalia = add_place (doc, "جباليا", "Jabalia", 31.528, 34.483, "town", MARSAD_ROLE_EVENT_SITE);
  rafah = add_place (doc, "رفح", "Rafah", 31.297, 34.245, "city", MARSAD_ROLE_EVENT_SITE);
  washington = add_place (doc, "واشنطن", "Washington", 38.895, -77.036, "city", MARSAD_ROLE_EVENT_SITE);
  usa = add_place (doc, "الولايات المتحدة", "United States", 39.8, -98.6, "country", MARSAD_ROLE_EVENT_SITE);
  add_event (doc, "Explosions/Remote violence", jabalia->id, FALSE);
  add_event (doc, "Explosions/Remote violence", rafah->id, FALSE);
  add_event (doc, "Strategic developments", washington->id, FALSE);
  add_event (doc, "Strategic developments", usa->id, FALSE);

  marsad_map_widget_set_document (fixture->map, doc, TRUE, TRUE);
  iterate (100);
  g_assert_true (on_screen (fixture, jabalia->lat, jabalia->lon));
  g_assert_true (on_screen (fixture, rafah->lat, rafah->lon));
  g_assert_false (on_screen (fixture, washington->lat, washington->lon));
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >=, 8);
  screenshot (fixture, "map-framing-gaza");

  /* a new size fits again while the user has not moved the map */
  gtk_window_set_default_size (fixture->window, 420, 700);
  iterate (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), <, 600);
  g_assert_true (on_screen (fixture, jabalia->lat, jabalia->lon));
  g_assert_true (on_screen (fixture, rafah->lat, rafah->lon));

  /* picking a place the map does not show flies to it */
  marsad_map_widget_select_place (fixture->map, washington->id);
  iterate (1200);
  g_assert_true (on_screen (fixture, washington->lat, washington->lon));

  /* only a country: the country is framed */
  marsad_map_widget_set_document (fixture->map, NULL, TRUE, FALSE);
  g_ptr_array_set_size (doc->places, 0);
  g_ptr_array_set_size (doc->events, 0);
  usa = add_place (doc, "الولايات المتحدة", "United States", 39.8, -98.6, "country", MARSAD_ROLE_EVENT_SITE);
  add_event (doc, "Strategic developments", usa->id, FALSE);
  marsad_map_widget_set_document (fixture->map, doc, TRUE, TRUE);
  iterate (100);
  g_assert_true (on_screen (fixture, usa->lat, usa->lon));
  marsad_map_widget_set_document (fixture->map, NULL, TRUE, FALSE);
}

static void
test_legend (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GAction) action = marsad_map_widget_create_legend_action (fixture->map);
  g_autoptr(GVariant) state = NULL;

  g_assert_false (marsad_map_widget_get_show_legend (fixture->map));
  g_action_activate (action, NULL);
  g_assert_true (marsad_map_widget_get_show_legend (fixture->map));
  state = g_action_get_state (action);
  g_assert_true (g_variant_get_boolean (state));
  center_on (fixture, 33.0, 40.0, 5);
  screenshot (fixture, "map-legend");
  gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.show-legend", NULL);
  g_assert_false (marsad_map_widget_get_show_legend (fixture->map));
}

/* Many markers ------------------------------------------------------------ */

static void
ready_cb (MarsadMarkerLayer *layer,
          gboolean          *ready)
{
  *ready = TRUE;
}

/* 20,000 events: their clusters are built in a worker thread, the window
 * keeps answering, and the map shows the old markers meanwhile. */
static void
test_many_markers (Fixture       *fixture,
                   gconstpointer  data)
{
  MarsadMarkerLayer *layer = marsad_map_widget_get_marker_layer (fixture->map);
  MarsadMapMarkerSet *set = marsad_map_marker_set_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gboolean ready = FALSE;
  gint64 start;
  double call_ms;

  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      MarsadMapMarker m = { .place_id = id, .name = (char *) "حي", .role = MARSAD_MARKER_ROLE_EVENT_SITE,
                            .lat = g_rand_double_range (rand, 30, 37), .lon = g_rand_double_range (rand, 35, 47),
                            .n_events = 1, .fatalities = -1 };

      m.type_counts[i % MARSAD_N_EVENT_TYPES] = 1;
      m.event_type = marsad_event_types ()[i % MARSAD_N_EVENT_TYPES];
      marsad_map_marker_set_add (set, &m);
    }
  g_signal_connect (layer, "markers-ready", G_CALLBACK (ready_cb), &ready);
  start = g_get_monotonic_time ();
  marsad_marker_layer_set_markers (layer, set);
  call_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_true (marsad_marker_layer_is_building (layer));
  /* the article's sixty places are still on the map meanwhile */
  g_assert_cmpuint (marsad_marker_layer_get_n_markers (layer), ==, 60);
  while (!ready)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("20,000 markers: set_markers returned in %.1f ms, shown after %.0f ms",
                  call_ms, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpfloat (call_ms, <, 100);
  g_assert_false (marsad_marker_layer_is_building (layer));
  g_assert_cmpuint (marsad_marker_layer_get_n_markers (layer), ==, 20000);
  center_on (fixture, 33.5, 41, 6);
  screenshot (fixture, "map-20000-events");
}

/* First frame ------------------------------------------------------------- */

static void
first_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* The first frame already shows land and sea under the markers: before,
 * it was blank until the tiles came (0.2-0.5 s). */
static void
test_first_frame (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load_default (&error);
  g_autoptr(MarsadDocument) doc = sixty_places_document ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  MarsadMapWidget *map = MARSAD_MAP_WIDGET (marsad_map_widget_new ());
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint32 *pixels = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  gboolean painted = FALSE, fallback;
  guint most = 0, width = 600, height = 400;

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, GTK_WIDGET (map));
  marsad_map_widget_set_basemap (map, basemap);
  marsad_map_widget_set_document (map, doc, TRUE, TRUE);
  gtk_window_present (window);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (first_paint_cb), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  fallback = marsad_map_widget_has_fallback (map);

  /* what that frame drew, drawn again at once */
  paintable = gtk_widget_paintable_new (GTK_WIDGET (map));
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (map)),
                          gtk_widget_get_height (GTK_WIDGET (map)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  width = gtk_widget_get_width (GTK_WIDGET (map));
  height = gtk_widget_get_height (GTK_WIDGET (map));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_new (guint32, width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  for (guint i = 0; i < width * height; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixels[i]))) + 1;

      g_hash_table_insert (counts, GUINT_TO_POINTER (pixels[i]), GUINT_TO_POINTER (n));
      most = MAX (most, n);
    }
  g_test_message ("first frame: tiles %s, %u colours, the commonest on %.0f%% of the map",
                  fallback ? "still coming" : "all drawn", g_hash_table_size (counts),
                  100.0 * most / (width * height));
  /* a blank map is one colour (the markers aside); land, sea, borders and
   * rivers are hundreds */
  g_assert_cmpuint (g_hash_table_size (counts), >, 200);
  g_assert_cmpfloat (100.0 * most / (width * height), <, 85);

  /* and the stand-in goes once the tiles are there */
  for (int i = 0; i < 300 && marsad_map_widget_has_fallback (map); i++)
    iterate (10);
  g_assert_false (marsad_map_widget_has_fallback (map));
  gtk_widget_set_has_tooltip (GTK_WIDGET (marsad_map_widget_get_marker_layer (map)), FALSE);
  destroy_window (window);
}

/* Export dialog ------------------------------------------------------------ */

typedef struct
{
  gint64   last;
  gint64   worst_gap;
  gboolean done;
  gboolean ok;
  GError  *error;
} Watch;

static gboolean
tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (watch->last != 0)
    watch->worst_gap = MAX (watch->worst_gap, now - watch->last);
  watch->last = now;
  return G_SOURCE_CONTINUE;
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Watch *watch = data;

  watch->ok = marsad_export_dialog_export_finish (MARSAD_EXPORT_DIALOG (source), result, &watch->error);
  watch->done = TRUE;
}

static MarsadExportDialog *
new_dialog (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MarsadBasemap) basemap = marsad_basemap_load_default (&error);
  g_autoptr(MarsadAnalysis) analysis = marsad_analysis_new_take (sixty_places_document (), NULL, FALSE);

  return marsad_export_dialog_new (fixture->window, analysis, basemap, NULL);
}

static void
test_export_options (Fixture       *fixture,
                     gconstpointer  data)
{
  MarsadExportDialog *dialog = new_dialog (fixture);
  MarsadMapExportOptions opts;
  double w, s, e, n;

  /* history stays out unless its own switch is on, whatever the window shows */
  marsad_export_dialog_set_show_background (dialog, TRUE);
  marsad_export_dialog_get_options (dialog, &opts);
  g_assert_false (opts.show_background);
  marsad_export_dialog_set_show_background_events (dialog, TRUE);
  marsad_export_dialog_get_options (dialog, &opts);
  g_assert_true (opts.show_background);

  /* all events by default; as on screen: the map's own view */
  center_on (fixture, towns[3].lat, towns[3].lon, 9);
  g_assert_true (marsad_map_widget_get_view_bounds (fixture->map, &w, &s, &e, &n));
  g_assert_cmpfloat (w, <, towns[3].lon);
  g_assert_cmpfloat (e, >, towns[3].lon);
  marsad_export_dialog_set_screen_extent (dialog, w, s, e, n);
  marsad_export_dialog_get_options (dialog, &opts);
  g_assert_false (opts.has_bbox);
  marsad_export_dialog_set_extent_on_screen (dialog, TRUE);
  marsad_export_dialog_get_options (dialog, &opts);
  g_assert_true (opts.has_bbox);
  g_assert_cmpfloat (opts.west, ==, w);
  g_assert_cmpfloat (opts.north, ==, n);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (500);
  screenshot_widget (GTK_WIDGET (dialog), "export-dialog");
  destroy_window (GTK_WINDOW (dialog));
}

/* A 3200×12000 PNG takes seconds: the window keeps answering meanwhile,
 * and Stop leaves no file. */
static void
test_export_in_thread (Fixture       *fixture,
                       gconstpointer  data)
{
  MarsadExportDialog *dialog = new_dialog (fixture);
  g_autofree char *dir = g_dir_make_tmp ("marsad-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tall.png", NULL);
  g_autofree char *stopped = g_build_filename (dir, "stopped.png", NULL);
  Watch watch = { 0 };
  guint tick;
  gint64 start;

  marsad_export_dialog_set_format (dialog, MARSAD_MAP_FORMAT_PNG);
  marsad_export_dialog_set_size (dialog, 3200, 12000, 1.0);
  iterate (400);   /* the preview, drawn on the main loop, is not the export */
  tick = g_timeout_add (10, tick_cb, &watch);
  start = g_get_monotonic_time ();
  marsad_export_dialog_export_async (dialog, path, exported_cb, &watch);
  while (!watch.done)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("3200x12000 PNG in %.2f s; longest main-loop gap %.0f ms",
                  (g_get_monotonic_time () - start) / 1e6, watch.worst_gap / 1000.0);
  g_assert_no_error (watch.error);
  g_assert_true (watch.ok);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* done on the main loop it froze the window for the whole export (9 s
   * here); a loaded machine may still hold the main thread back a while */
  g_assert_cmpint (watch.worst_gap, <, 1000 * 1000);

  /* stopped half way: no file */
  watch = (Watch) { 0 };
  marsad_export_dialog_export_async (dialog, stopped, exported_cb, &watch);
  iterate (150);
  marsad_export_dialog_cancel (dialog);
  while (!watch.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (watch.ok);
  g_assert_error (watch.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&watch.error);
  g_assert_false (g_file_test (stopped, G_FILE_TEST_EXISTS));

  g_source_remove (tick);
  g_unlink (path);
  g_rmdir (dir);
  destroy_window (GTK_WINDOW (dialog));
}

static void
copied_cb (MarsadExportDialog *dialog,
           gboolean           *copied)
{
  *copied = TRUE;
}

static void
test_copy_to_clipboard (Fixture       *fixture,
                        gconstpointer  data)
{
  MarsadExportDialog *dialog = new_dialog (fixture);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (dialog));
  gboolean copied = FALSE;

  marsad_export_dialog_set_size (dialog, 800, 500, 1.0);
  g_signal_connect (dialog, "copied", G_CALLBACK (copied_cb), &copied);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.copy", NULL));
  while (!copied)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  destroy_window (GTK_WINDOW (dialog));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/map-widget/markers-stay-on-their-places", Fixture, NULL, fixture_setup, test_markers_stay, fixture_teardown);
  g_test_add ("/map-widget/cluster-click", Fixture, NULL, fixture_setup, test_cluster_click, fixture_teardown);
  g_test_add ("/map-widget/framing", Fixture, NULL, fixture_setup, test_framing, fixture_teardown);
  g_test_add ("/map-widget/unmarked-place-mark", Fixture, NULL, fixture_setup, test_unmarked_place_mark, fixture_teardown);
  g_test_add ("/map-widget/legend", Fixture, NULL, fixture_setup, test_legend, fixture_teardown);
  g_test_add_func ("/map-widget/first-frame-has-a-basemap", test_first_frame);
  g_test_add ("/map-widget/many-markers-built-in-a-thread", Fixture, NULL, fixture_setup, test_many_markers, fixture_teardown);
  g_test_add ("/export-dialog/options", Fixture, NULL, fixture_setup, test_export_options, fixture_teardown);
  g_test_add ("/export-dialog/in-a-thread", Fixture, NULL, fixture_setup, test_export_in_thread, fixture_teardown);
  g_test_add ("/export-dialog/copy-to-clipboard", Fixture, NULL, fixture_setup, test_copy_to_clipboard, fixture_teardown);
  return g_test_run ();
}
