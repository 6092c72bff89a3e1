/* export-test-document.c: a small analysed article built by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "export-test-document.h"

#include "marsad-borders.h"

/* Written for these tests. The first sentence breaks across a line and has
 * an ASCII comma and double quotes, which CSV must quote. */
static const char *const sentences[] = {
  "قصفت طائرات مسيّرة \"مجهولة\" موقعاً قرب جرف الصخر, فجر الثلاثاء\nما أدى إلى مقتل شخصين.",
  "وخرج مئات المحتجين في بغداد ضد الضربات، وقُتل محتج وأصيب ثلاثة بجروح.",
  "وكانت المنطقة القريبة من الفلوجة قد شهدت معارك عام 2014.",
};

static MarsadPlace *
add_place (MarsadDocument    *doc,
           const char        *id,
           const char        *name,
           const char        *name_en,
           double             lat,
           double             lon,
           const char        *kind,
           const char        *admin1,
           MarsadMentionRole  role,
           guint              sentence)
{
  MarsadPlace *place = marsad_place_new ();
  MarsadMention mention = { 0, 0, sentence, role };
  const MarsadSpan *span = &g_array_index (doc->sentences, MarsadSpan, sentence);

  place->id = g_strdup (id);
  place->name = g_strdup (name);
  place->name_en = g_strdup (name_en);
  place->lat = lat;
  place->lon = lon;
  place->kind = g_strdup (kind);
  place->country = g_strdup ("IQ");
  place->admin1 = g_strdup (admin1);
  /* The mention's exact span does not matter to the exports. */
  mention.start = span->start;
  mention.end = span->start + 1;
  g_array_append_val (place->mentions, mention);
  g_ptr_array_add (doc->places, place);
  return place;
}

static MarsadEvent *
add_event (MarsadDocument      *doc,
           const char          *id,
           const char          *type,
           const char          *sub_type,
           const char          *date,
           MarsadTimePrecision  precision,
           const char          *place_id,
           guint                sentence)
{
  MarsadEvent *event = marsad_event_new ();

  event->id = g_strdup (id);
  event->type = g_strdup (type);
  event->sub_type = g_strdup (sub_type);
  event->date_start = g_strdup (date);
  event->date_end = g_strdup (date);
  event->time_precision = precision;
  event->place_id = g_strdup (place_id);
  event->sentence = sentence;
  g_ptr_array_add (doc->events, event);
  return event;
}

/* sentences joined by spaces, each its span */
static MarsadDocument *
document_of (const char *const *parts,
             guint              n)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (MarsadSpan));
  MarsadDocument *doc;
  guint offset = 0;

  for (guint i = 0; i < n; i++)
    {
      MarsadSpan span;

      if (i > 0)
        {
          g_string_append_c (text, ' ');
          offset++;
        }
      span.start = offset;
      span.end = offset + (guint) g_utf8_strlen (parts[i], -1);
      g_array_append_val (spans, span);
      g_string_append (text, parts[i]);
      offset = span.end;
    }

  doc = marsad_document_new_from_text (text->str, text->len, NULL);
  g_assert_nonnull (doc);
  g_array_append_vals (doc->sentences, spans->data, spans->len);
  return doc;
}

MarsadDocument *
export_test_document_new (void)
{
  g_autoptr(MarsadDocument) doc = document_of (sentences, G_N_ELEMENTS (sentences));
  MarsadEvent *event;

  doc->title = g_strdup ("غارة قرب جرف الصخر واحتجاج في بغداد");
  {
    g_autoptr(GDate) published = g_date_new_dmy (24, G_DATE_JANUARY, 2024);

    marsad_document_set_published (doc, published);
  }

  add_place (doc, "p1", "جرف الصخر", "Jurf al-Sakhar", 32.87, 44.19, "town",
             "Babil", MARSAD_ROLE_EVENT_SITE, 0);
  add_place (doc, "p2", "بغداد", "Baghdad", 33.3152, 44.3661, "city",
             "Baghdad", MARSAD_ROLE_EVENT_SITE, 1);
  add_place (doc, "p3", "الفلوجة", "Fallujah", 33.35, 43.78, "city",
             "Anbar", MARSAD_ROLE_CONTEXT, 2);

  event = add_event (doc, "e1", "Explosions/Remote violence", "Air/drone strike",
                     "2024-01-23", MARSAD_TIME_PRECISION_DAY, "p1", 0);
  g_ptr_array_add (event->actors, g_strdup ("القوات الأميركية"));
  g_ptr_array_add (event->actors, g_strdup ("كتائب \"حزب الله\", الفرع الثاني"));
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (2, NULL, 0, 0));
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (3, "مصدر أمني", 0, 0));

  event = add_event (doc, "e2", "Protests", "Excessive force against protesters",
                     "2024-01-23", MARSAD_TIME_PRECISION_DAY, "p2", 1);
  g_ptr_array_add (event->actors, g_strdup ("محتجون"));
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (1, NULL, 0, 0));
  g_ptr_array_add (event->injury_reports, marsad_casualty_report_new (3, NULL, 0, 0));

  event = add_event (doc, "e3", "Battles", "Armed clash", "2014",
                     MARSAD_TIME_PRECISION_YEAR, "p3", 2);
  event->background = TRUE;

  return g_steal_pointer (&doc);
}

/* Written for these tests. */
static const char *const border_sentences[] = {
  "اندلعت اشتباكات على الحدود الأردنية-السورية فجر الثلاثاء بين حرس الحدود ومهربين مسلحين، وقُتل ثلاثة منهم.",
  "وكانت المدفعية قد قصفت مواقع قرب الحدود بين السودان وتشاد قبل عامين.",
};

static MarsadPlace *
add_border_place (MarsadDocument *doc,
                  const char     *id,
                  const char     *name,
                  const char     *cc_a,
                  const char     *cc_b,
                  guint           sentence)
{
  const MarsadBorder *border = marsad_borders_lookup (marsad_borders_get_default (), cc_a, cc_b);
  g_autofree char *name_en = NULL;
  MarsadPlace *place;
  double lat, lon;

  g_assert_nonnull (border);
  marsad_border_midpoint (border, &lat, &lon);
  name_en = marsad_border_dup_name_en (border, cc_a);
  place = add_place (doc, id, name, name_en, lat, lon, "border", NULL, MARSAD_ROLE_EVENT_SITE, sentence);
  g_free (place->country);
  place->country = g_strdup (cc_a);
  place->approximate = TRUE;
  return place;
}

MarsadDocument *
export_test_border_document_new (void)
{
  g_autoptr(MarsadDocument) doc = document_of (border_sentences, G_N_ELEMENTS (border_sentences));
  MarsadEvent *event;

  doc->title = g_strdup ("اشتباكات على الحدود الأردنية-السورية");
  add_border_place (doc, "p1", "الحدود الأردنية-السورية", "JO", "SY", 0);
  add_border_place (doc, "p2", "الحدود بين السودان وتشاد", "SD", "TD", 1);

  event = add_event (doc, "e1", "Battles", "Armed clash", "2024-01-23", MARSAD_TIME_PRECISION_DAY, "p1", 0);
  g_ptr_array_add (event->fatality_reports, marsad_casualty_report_new (3, NULL, 0, 0));
  event = add_event (doc, "e2", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2022",
                     MARSAD_TIME_PRECISION_YEAR, "p2", 1);
  event->background = TRUE;
  return g_steal_pointer (&doc);
}
