/* marsad-atomic-file.c: write a file completely or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include "marsad-atomic-file.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <glib/gi18n.h>

struct _MarsadAtomicFile
{
  char     *path;         /* as given, for messages */
  char     *target;       /* what is replaced: path, or where its symlinks lead */
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

static gboolean
fail_not_regular (const char  *path,
                  GError     **error)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               _("Cannot write “%s”: not a regular file (a device, a pipe or a socket is never replaced)"),
               path);
  return FALSE;
}

/* Where writing `path` must land: the path itself, or, for a symlink, the
 * file it finally points at (renaming over the link would replace the link,
 * not the file the user meant). Refuses what is not a regular file or a new
 * name. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  g_autofree char *target = g_strdup (path);

  for (guint depth = 0; depth < 40; depth++)
    {
      GStatBuf st;
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;

      if (g_lstat (target, &st) != 0)
        {
          if (errno == ENOENT)
            return g_steal_pointer (&target);   /* a new file */
          fail_with_errno (path, errno, error);
          return NULL;
        }
      if (S_ISREG (st.st_mode))
        return g_steal_pointer (&target);
      if (S_ISDIR (st.st_mode))
        {
          fail_with_errno (path, EISDIR, error);
          return NULL;
        }
      if (!S_ISLNK (st.st_mode))
        {
          fail_not_regular (path, error);
          return NULL;
        }
      if ((link = g_file_read_link (target, NULL)) == NULL)
        {
          fail_with_errno (path, errno != 0 ? errno : EINVAL, error);
          return NULL;
        }
      if (g_path_is_absolute (link))
        {
          g_free (target);
          target = g_steal_pointer (&link);
        }
      else
        {
          dir = g_path_get_dirname (target);
          g_free (target);
          target = g_build_filename (dir, link, NULL);
        }
    }
  fail_with_errno (path, ELOOP, error);
  return NULL;
}

/* A temporary file of ours that a killed run left behind (".NAME.XXXXXX",
 * untouched for an hour) is removed; one being written right now by
 * another run is younger than that. */
static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  gsize prefix_len = strlen (prefix);
  const char *name;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *full = NULL;
      GStatBuf st;

      if (strncmp (name, prefix, prefix_len) != 0 || strlen (name) != prefix_len + 6)
        continue;
      full = g_build_filename (dir, name, NULL);
      if (g_lstat (full, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid () &&
          now - (gint64) st.st_mtime > 3600)
        g_unlink (full);
    }
}

/* The temporary files being written, for the signal handler: the one table
 * of this process that changes, since a handler can be given nothing else;
 * fixed, as a handler may neither allocate nor lock. */
#define MAX_PENDING 8
static gpointer pending[MAX_PENDING];

static void
pending_add (char *temp_path)
{
  for (guint i = 0; i < MAX_PENDING; i++)
    if (g_atomic_pointer_compare_and_exchange (&pending[i], NULL, temp_path))
      return;
}

static void
pending_remove (char *temp_path)
{
  for (guint i = 0; i < MAX_PENDING; i++)
    if (g_atomic_pointer_compare_and_exchange (&pending[i], temp_path, NULL))
      return;
}

static void
remove_pending_and_die (int signum)
{
  for (guint i = 0; i < MAX_PENDING; i++)
    {
      const char *p = g_atomic_pointer_get (&pending[i]);

      if (p != NULL)
        unlink (p);
    }
  signal (signum, SIG_DFL);
  raise (signum);
}

void
marsad_atomic_file_remove_on_signals (void)
{
  struct sigaction sa = { 0 };

  sa.sa_handler = remove_pending_and_die;
  sigemptyset (&sa.sa_mask);
  sigaction (SIGINT, &sa, NULL);
  sigaction (SIGTERM, &sa, NULL);
  sigaction (SIGHUP, &sa, NULL);
}

MarsadAtomicFile *
marsad_atomic_file_new (const char  *path,
                        GError     **error)
{
  g_autoptr(MarsadAtomicFile) self = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);

  if ((target = resolve_target (path, error)) == NULL)
    return NULL;

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  remove_stale_temporaries (dir, base);
  /* Hidden, and in the same directory: rename(2) is atomic only within one
   * file system. */
  name = g_strdup_printf (".%s.XXXXXX", base);

  self = g_new0 (MarsadAtomicFile, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  self->target = g_steal_pointer (&target);
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
  pending_add (self->temp_path);

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

  /* a FIFO or a device put there while we wrote is still not replaced */
  {
    GStatBuf st;

    if (g_lstat (self->target, &st) == 0 && !S_ISREG (st.st_mode))
      return fail_not_regular (self->path, error);
  }
  if (g_rename (self->temp_path, self->target) != 0)
    return fail_with_errno (self->path, errno, error);
  pending_remove (self->temp_path);

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
    {
      pending_remove (self->temp_path);
      g_unlink (self->temp_path);
    }

  g_free (self->temp_path);
  g_free (self->target);
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
