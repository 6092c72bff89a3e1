/* replay.c: a fuzz target's entry point as a plain program, for builds
 * without libFuzzer: runs every file named (or every file in the folders
 * named) through it once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"

static guint
replay (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;
      guint n = 0;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          n += replay (child);
        }
      return n;
    }
  if (!g_file_get_contents (path, &data, &len, NULL))
    return 0;
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);
  g_print ("replayed %u inputs\n", n);
  return n > 0 ? 0 : 1;
}
