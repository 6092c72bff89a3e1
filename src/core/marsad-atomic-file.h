/* marsad-atomic-file.h: write a file completely or not at all
 *
 * Exports are written to a temporary file in the destination's directory
 * and renamed over the destination only once every byte is on disk, so a
 * reader (QGIS watching a folder, a report being rebuilt) never sees half a
 * file and a failed export never clobbers the previous one. Writers that
 * produce their output through a callback (cairo's PNG, SVG and PDF
 * surfaces) write into the temporary file with marsad_atomic_file_write().
 *
 * Only a regular file (or a new name) is ever replaced: a device, a FIFO or
 * a socket is refused, and a symlink is followed, so that the file it points
 * at is replaced (atomically) and the link stays. Every error message names
 * the destination path, not the temporary one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MarsadAtomicFile MarsadAtomicFile;

/* Creates the temporary file beside `path` (beside its target when `path`
 * is a symlink), removing an hour-old temporary of the same name that a
 * killed run left. */
MarsadAtomicFile *marsad_atomic_file_new      (const char        *path,
                                               GError           **error);
/* Appends to the temporary file. After a failure, further writes are
 * ignored and the first error is reported again by commit. */
gboolean          marsad_atomic_file_write    (MarsadAtomicFile  *self,
                                               const void        *data,
                                               gsize              len,
                                               GError           **error);
/* Flushes to disk and renames over `path`. On failure the temporary file is
 * removed and `path` is left as it was. */
gboolean          marsad_atomic_file_commit   (MarsadAtomicFile  *self,
                                               GError           **error);
/* Discards the temporary file unless it was committed. */
void              marsad_atomic_file_free     (MarsadAtomicFile  *self);

/* The whole of `data` to `path`, atomically. */
gboolean          marsad_write_file_atomically (const char  *path,
                                                const char  *data,
                                                gsize        len,
                                                GError     **error);

/* For a command-line run: SIGINT, SIGTERM and SIGHUP remove the
 * temporary files being written before the process dies of the signal. */
void              marsad_atomic_file_remove_on_signals (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadAtomicFile, marsad_atomic_file_free)

G_END_DECLS
