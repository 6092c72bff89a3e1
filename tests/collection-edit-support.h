/* collection-edit-support.h: what the tests that change a collection
 * through its window share: an empty collection of its own, the window on
 * it, waiting for its answers, reading the file back
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "gui-test-support.h"
#include "marsad-collection-window.h"

typedef struct
{
  MarsadApplication      *app;
  char                   *dir;
  char                   *path;     /* the collection */
  MarsadCollectionWindow *window;
} Fixture;

/* The interface's words are checked in English; the screenshots may be
 * taken in Arabic (LANGUAGE=ar), where only the numbers are. */
gboolean edit_test_english          (void);
/* Runs the main loop until the window has no request unanswered. */
gboolean edit_test_wait_idle        (MarsadCollectionWindow *window);
/* fixture->window on fixture->path, opened and idle. */
void     edit_test_open_window      (Fixture                *fixture);
/* An empty collection in a folder of its own (data: the application). */
void     edit_test_setup            (Fixture                *fixture,
                                     gconstpointer           data);
void     edit_test_teardown         (Fixture                *fixture,
                                     gconstpointer           data);
guint    edit_test_count_articles   (const char             *path);
/* PRAGMA integrity_check says ok. */
void     edit_test_assert_integrity (const char             *path);
