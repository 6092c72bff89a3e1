/* marsad-data.c: locating Marsad's bundled data files
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-data.h"

/* $MARSAD_DATA_DIR wins (tests, Flatpak overrides); then the installed
 * data; then the source tree, so that an uninstalled build just runs. */
char *
marsad_data_find_file (const char *basename)
{
  const char *dirs[] = { g_getenv ("MARSAD_DATA_DIR"), PKGDATADIR, SOURCE_DATADIR };

  g_return_val_if_fail (basename != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL || dirs[i][0] == '\0')
        continue;
      path = g_build_filename (dirs[i], basename, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return NULL;
}
