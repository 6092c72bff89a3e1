/* marsad-about.c
 *
 * Copyright 2026 The Marsad authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "marsad-about.h"

#define MARSAD_WEBSITE   "https://github.com/marsad/marsad"
#define MARSAD_ISSUE_URL "https://github.com/marsad/marsad/issues"

/* The data Marsad ships or may show, each with the licence it comes under.
 * Titles are proper names and stay untranslated; the licence text is Pango
 * markup, so links are <a> elements and ampersands are escaped.
 */
typedef struct
{
  const char *title;
  const char *copyright;
  GtkLicense  license_type;
  const char *license;       /* translatable markup, or NULL for license_type */
} MarsadDataSource;

static const MarsadDataSource data_sources[] = {
  {
    "Natural Earth",
    NULL,
    GTK_LICENSE_CUSTOM,
    N_("The basemap is made with Natural Earth, which is in the "
       "<a href=\"https://www.naturalearthdata.com/about/terms-of-use/\">public domain</a>. "
       "Country and province outlines as generalised by the QGIS project."),
  },
  {
    "Who’s On First",
    NULL,
    GTK_LICENSE_CUSTOM,
    N_("Places in the Middle East: data from Who’s On First, under "
       "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a> "
       "(<a href=\"https://whosonfirst.org/docs/licenses/\">licences</a>). "
       "It includes data from GeoNames (CC BY), Quattroshapes (CC BY), "
       "Natural Earth (public domain) and OurAirports (public domain)."),
  },
  {
    "GeoNames",
    NULL,
    GTK_LICENSE_CUSTOM,
    N_("Cities of the world and their Arabic names, from "
       "<a href=\"https://www.geonames.org/\">GeoNames</a> through libgeonames, under "
       "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>."),
  },
  {
    "Unicode CLDR",
    "© 1991-2022 Unicode, Inc.",
    GTK_LICENSE_CUSTOM,
    N_("Arabic names of provinces, from the Unicode Common Locale Data Repository, under the "
       "<a href=\"https://www.unicode.org/license.txt\">Unicode License</a>."),
  },
  {
    "iso-codes",
    NULL,
    GTK_LICENSE_LGPL_2_1,
    NULL,
  },
  {
    "i18n-iso-countries",
    "© 2016 widdix GmbH",
    GTK_LICENSE_MIT_X11,
    NULL,
  },
  {
    "airportsdata",
    "© 2020 Mike Borsetti",
    GTK_LICENSE_MIT_X11,
    NULL,
  },
  {
    "OpenStreetMap",
    "© OpenStreetMap contributors",
    GTK_LICENSE_CUSTOM,
    N_("Only when online map tiles are turned on in Preferences: map data from "
       "<a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>, under the "
       "<a href=\"https://opendatacommons.org/licenses/odbl/\">Open Database License</a>."),
  },
};

/**
 * marsad_show_about_window:
 * @parent: (nullable): the window the About window belongs to
 *
 * Shows the About window: the version, the licence, and the data sources
 * with their licences.
 */
void
marsad_show_about_window (GtkWindow *parent)
{
  static const char *developers[] = {
    "The Marsad developers " MARSAD_WEBSITE,
    NULL
  };
  AdwAboutWindow *about;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  adw_about_window_set_application_name (about, _("Marsad"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_comments (about,
                                 _("Turn Arabic conflict news into a map and an event timeline."));
  adw_about_window_set_developer_name (about, _("The Marsad developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, _("© 2026 The Marsad developers"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, MARSAD_WEBSITE);
  adw_about_window_set_issue_url (about, MARSAD_ISSUE_URL);
  /* Translators: Replace "translator-credits" with your name and email
   * address, one translator a line, e.g. "Name <name@example.org>".
   */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  for (gsize i = 0; i < G_N_ELEMENTS (data_sources); i++)
    {
      const MarsadDataSource *source = &data_sources[i];

      adw_about_window_add_legal_section (about,
                                          source->title,
                                          source->copyright,
                                          source->license_type,
                                          source->license != NULL ? _(source->license) : NULL);
    }

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);

  gtk_window_present (GTK_WINDOW (about));
}
