/* marsad-application.h: the GUI application
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "marsad-basemap.h"
#include "marsad-extract.h"
#include "marsad-gazetteer.h"
#include "marsad-workers.h"

G_BEGIN_DECLS

#define MARSAD_TYPE_APPLICATION (marsad_application_get_type ())

G_DECLARE_FINAL_TYPE (MarsadApplication, marsad_application, MARSAD, APPLICATION, AdwApplication)

/* Runs the GUI: `marsad [--published DATE] FILE…`. */
int                marsad_application_run            (int    argc,
                                                      char **argv);

MarsadApplication *marsad_application_new            (GApplicationFlags flags);
/* The settings, or NULL when the schema is not installed. */
GSettings         *marsad_application_get_settings   (MarsadApplication *self);
/* The shared extractor, made on first use. Safe to call from any thread. */
MarsadExtractor   *marsad_application_dup_extractor  (MarsadApplication  *self,
                                                      GError            **error);
/* The same, made in a thread when it does not exist yet (it reads the
 * gazetteer and the lexicons: too slow for the main thread at start-up). */
void               marsad_application_dup_extractor_async  (MarsadApplication   *self,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
MarsadExtractor   *marsad_application_dup_extractor_finish (MarsadApplication   *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* The threads that read and analyse articles: quitting cancels them and
 * waits for them. */
MarsadWorkers     *marsad_application_get_workers    (MarsadApplication  *self);
/* The extractor's gazetteer, for corrections (owned by the application). */
MarsadGazetteer   *marsad_application_get_gazetteer  (MarsadApplication  *self,
                                                      GError            **error);
/* The offline basemap shared by every map and export, loaded on first use
 * (main thread). NULL with error set when data/basemap.bin is missing. */
MarsadBasemap     *marsad_application_get_basemap    (MarsadApplication  *self,
                                                      GError            **error);
/* Opens file in a new window, or in `window` when it is empty. */
void               marsad_application_open_file      (MarsadApplication *self,
                                                      GFile             *file,
                                                      const GDate       *published);
GMenuModel        *marsad_application_get_recent_menu (MarsadApplication *self);
void               marsad_application_rebuild_recent (MarsadApplication *self);

G_END_DECLS
