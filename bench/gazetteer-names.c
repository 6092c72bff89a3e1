/* gazetteer-names.c: the gazetteer's Arabic names, one per line, for the
 * extraction benchmark's grep baseline; the load time on standard error.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "marsad-gazetteer.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MarsadGazetteer) gazetteer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n;

  /* the median of a few cold-ish loads: mapping and validating the file */
  for (int run = 0; run < 7; run++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      g_clear_pointer (&gazetteer, marsad_gazetteer_unref);
      gazetteer = marsad_gazetteer_load_default (&error);
      if (gazetteer == NULL)
        {
          g_printerr ("gazetteer-names: %s\n", error->message);
          return 1;
        }
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  g_printerr ("gazetteer load: median %.3f ms over %u loads\n",
              g_array_index (times, double, times->len / 2), times->len);

  n = marsad_gazetteer_get_n_keys (gazetteer);
  for (guint i = 0; i < n; i++)
    {
      gsize len = 0;
      guint flags = 0;
      const char *key = marsad_gazetteer_get_key (gazetteer, i, &len, &flags);

      /* the names the matcher looks for in Arabic text */
      if (key != NULL && (flags & MARSAD_KEY_IS_NAME) && (guchar) key[0] >= 0x80)
        {
          fwrite (key, 1, len, stdout);
          fputc ('\n', stdout);
        }
    }
  return 0;
}
