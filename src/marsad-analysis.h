/* marsad-analysis.h: an analysed article for the GUI
 *
 * Wraps a MarsadDocument and says when it changes (a correction, a new
 * publication date: see marsad_extractor_set_published()). Loading reads
 * and analyses off the main thread, with the extractor it is handed: the
 * model knows no application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "marsad-document.h"
#include "marsad-extract.h"
#include "marsad-workers.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_ANALYSIS (marsad_analysis_get_type ())

G_DECLARE_FINAL_TYPE (MarsadAnalysis, marsad_analysis, MARSAD, ANALYSIS, GObject)

/* Shared between the loading thread and the window: fraction done, 0..1000. */
typedef struct
{
  gint permille;
} MarsadProgress;

MarsadProgress *marsad_progress_new    (void);
MarsadProgress *marsad_progress_ref    (MarsadProgress *progress);
void            marsad_progress_unref  (MarsadProgress *progress);
double          marsad_progress_get    (MarsadProgress *progress);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MarsadProgress, marsad_progress_unref)

MarsadAnalysis *marsad_analysis_new_take      (MarsadDocument *doc,
                                               GFile          *file,
                                               gboolean        from_saved);
MarsadDocument *marsad_analysis_get_document  (MarsadAnalysis *self);
GFile          *marsad_analysis_get_file      (MarsadAnalysis *self);
gboolean        marsad_analysis_is_saved_analysis (MarsadAnalysis *self);
/* Puts doc (taken) in place of the document, as undoing does, and emits
 * ::changed. */
void            marsad_analysis_replace_document (MarsadAnalysis *self,
                                                  MarsadDocument *doc);
/* Emits ::changed after a correction to the document. */
void            marsad_analysis_changed       (MarsadAnalysis *self);

/* Reads file (plain text, HTML or a saved analysis) and analyses it with
 * extractor (a reference is kept until the load is done), in a thread of
 * workers (NULL: GLib's, which nothing waits for). cancellable is checked
 * between the stages of the work. */
void            marsad_analysis_load_async    (MarsadWorkers       *workers,
                                               MarsadExtractor     *extractor,
                                               GFile               *file,
                                               const GDate         *published,
                                               MarsadProgress      *progress,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* Analyses text (pasted or dropped); name is used in messages. */
void            marsad_analysis_load_text_async (MarsadWorkers       *workers,
                                                 MarsadExtractor     *extractor,
                                                 const char          *name,
                                                 const char          *text,
                                                 const GDate         *published,
                                                 MarsadProgress      *progress,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
MarsadAnalysis *marsad_analysis_load_finish   (GAsyncResult  *result,
                                               GError       **error);

G_END_DECLS
