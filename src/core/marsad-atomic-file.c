/* marsad-atomic-file.c: write a file completely or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-atomic-file.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib/gi18n.h>

struct _MarsadAtomicFile
{
  char     *path;
  char     *temp_path;
  int       fd;
  int       saved_errno;  /* first write error, 0 when none */
  gboolean  committed;
};

static gboolean
fail_with_errno (const char  *path,
                 int          errsv,
                 GError     **error)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
               _("Cannot write “%s”: %s"), path, g_strerror (errsv));
  return FALSE;
}

MarsadAtomicFile *
marsad_atomic_file_new (const char  *path,
                        GError     **error)
{
  g_autoptr(MarsadAtomicFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      fail_with_errno (path, EISDIR, error);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* Hidden, and in the same directory: rename(2) is atomic only within one
   * file system. */
  name = g_strdup_printf (".%s.XXXXXX", base);

  self = g_new0 (MarsadAtomicFile, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  self->temp_path = g_build_filename (dir, name, NULL);
  /* 0666 and the user's umask, like any other new file: g_mkstemp()'s 0600
   * would make shared exports unreadable to others. */
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int errsv = errno;

      g_clear_pointer (&self->temp_path, g_free);
      fail_with_errno (path, errsv, error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
marsad_atomic_file_write (MarsadAtomicFile  *self,
                          const void        *data,
                          gsize              len,
                          GError           **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->saved_errno != 0)
    return fail_with_errno (self->path, self->saved_errno, error);

  while (len > 0)
    {
      gssize n = write (self->fd, p, len);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          self->saved_errno = errno;
          return fail_with_errno (self->path, self->saved_errno, error);
        }
      p += n;
      len -= (gsize) n;
    }

  return TRUE;
}

gboolean
marsad_atomic_file_commit (MarsadAtomicFile  *self,
                           GError           **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->saved_errno != 0)
    return fail_with_errno (self->path, self->saved_errno, error);

  /* fsync before rename: otherwise a crash can leave the new name pointing
   * at an empty file on some file systems. */
  fd = self->fd;
  self->fd = -1;
  if (fsync (fd) != 0 && errno != EINVAL)
    {
      int errsv = errno;

      close (fd);
      return fail_with_errno (self->path, errsv, error);
    }
  if (close (fd) != 0)
    return fail_with_errno (self->path, errno, error);

  if (g_rename (self->temp_path, self->path) != 0)
    return fail_with_errno (self->path, errno, error);

  self->committed = TRUE;
  return TRUE;
}

void
marsad_atomic_file_free (MarsadAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);

  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

gboolean
marsad_write_file_atomically (const char  *path,
                              const char  *data,
                              gsize        len,
                              GError     **error)
{
  g_autoptr(MarsadAtomicFile) file = NULL;

  file = marsad_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  return marsad_atomic_file_write (file, data, len, error) &&
         marsad_atomic_file_commit (file, error);
}
