/* marsad-geoparser-derived.c: places the text makes out of others — the
 * side of a country or region (غرب العراق), the side of the country the
 * passage speaks of (جنوب البلاد), the countryside of a city (ريف حلب
 * الشمالي), and a point at a distance from a place (على بعد أربعين كيلومترا
 * شمال الموصل). Each is marked approximate where its position is a guess.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "marsad-geoparser-private.h"
#include "marsad-numbers.h"

static const char * const direction_names_ar[] = {
  [MARSAD_DIRECTION_NORTH] = "شمال", [MARSAD_DIRECTION_SOUTH] = "جنوب",
  [MARSAD_DIRECTION_EAST] = "شرق", [MARSAD_DIRECTION_WEST] = "غرب",
  [MARSAD_DIRECTION_CENTRE] = "وسط",
  [MARSAD_DIRECTION_NORTH_EAST] = "شمال شرق", [MARSAD_DIRECTION_NORTH_WEST] = "شمال غرب",
  [MARSAD_DIRECTION_SOUTH_EAST] = "جنوب شرق", [MARSAD_DIRECTION_SOUTH_WEST] = "جنوب غرب",
};

static const char * const side_names_ar[] = {
  [MARSAD_DIRECTION_NORTH] = "الشمالي", [MARSAD_DIRECTION_SOUTH] = "الجنوبي",
  [MARSAD_DIRECTION_EAST] = "الشرقي", [MARSAD_DIRECTION_WEST] = "الغربي",
};

static const char * const direction_names_en[] = {
  [MARSAD_DIRECTION_NORTH] = "Northern", [MARSAD_DIRECTION_SOUTH] = "Southern",
  [MARSAD_DIRECTION_EAST] = "Eastern", [MARSAD_DIRECTION_WEST] = "Western",
  [MARSAD_DIRECTION_CENTRE] = "Central",
  [MARSAD_DIRECTION_NORTH_EAST] = "North-eastern", [MARSAD_DIRECTION_NORTH_WEST] = "North-western",
  [MARSAD_DIRECTION_SOUTH_EAST] = "South-eastern", [MARSAD_DIRECTION_SOUTH_WEST] = "South-western",
};

/* "غرب العراق" is a place of its own: the part of a country or region that
 * lies that way; "ريف دير الزور الشرقي" the country around a city, perhaps
 * one side of it. Without the area's outline, a shift of a fraction of a
 * typical extent is close enough for a map marker (and within ACLED's
 * admin-level precision). */
MarsadPlace *
marsad_geoparser_derived_place (GHashTable        *by_key,
                                MarsadDocument    *doc,
                                const MarsadPlace *base,
                                double             half_width_km,
                                double             half_height_km,
                                gboolean           countryside,
                                MarsadDirection    direction)
{
  /* a corner ("شمال غرب") lies as far out on each axis as a side does */
  static const double dx[] = { 0, 0, 0, 1, -1, 0, 1, -1, 1, -1 };
  static const double dy[] = { 0, 1, -1, 0, 0, 0, 1, 1, -1, -1 };
  g_autofree char *key = g_strdup_printf ("%s/%d/%d", base->id, countryside, direction);
  MarsadPlace *place = g_hash_table_lookup (by_key, key);
  double shift_deg = countryside ? 0.25 : g_strcmp0 (base->kind, "country") == 0 ? 2.0 : 0.6;
  /* when the area's size is known, 60% of the way to its edge */
  double shift_x = half_width_km > 0 ? 0.6 * half_width_km / 111.0 : shift_deg;
  double shift_y = half_height_km > 0 ? 0.6 * half_height_km / 111.0 : shift_deg;

  if (place != NULL)
    return place;

  place = marsad_place_new ();
  place->id = g_strdup_printf ("p%u", doc->places->len + 1);
  if (countryside)
    {
      place->name = direction != MARSAD_DIRECTION_NONE
        ? g_strdup_printf ("ريف %s %s", base->name, side_names_ar[direction])
        : g_strdup_printf ("ريف %s", base->name);
      place->name_en = direction != MARSAD_DIRECTION_NONE
        ? g_strdup_printf ("%s countryside of %s", direction_names_en[direction], base->name_en)
        : g_strdup_printf ("Countryside of %s", base->name_en);
    }
  else
    {
      place->name = g_strdup_printf ("%s %s", direction_names_ar[direction], base->name);
      place->name_en = g_strdup_printf ("%s %s", direction_names_en[direction], base->name_en);
    }
  place->lat = base->lat + dy[direction] * shift_y;
  place->lon = base->lon + dx[direction] * shift_x / MAX (0.3, cos (base->lat * G_PI / 180.0));
  /* a side of a country or of a sea is as broad as a geographic region
   * ("وسط السودان"); a side of a town or a province is a part of it */
  place->kind = g_strdup (g_strcmp0 (base->kind, "country") == 0 || g_strcmp0 (base->kind, "georegion") == 0 ||
                          g_strcmp0 (base->kind, "water") == 0 ? "georegion" : "region");
  place->country = g_strdup (base->country);
  place->admin1 = g_strdup (base->admin1);
  place->source_id = NULL;
  g_ptr_array_add (doc->places, place);
  g_hash_table_insert (by_key, g_steal_pointer (&key), place);
  return place;
}


void
marsad_place_add_mention (MarsadPlace       *place,
                          guint              start,
                          guint              end,
                          guint              sentence,
                          MarsadMentionRole  role)
{
  MarsadMention m = { start, end, sentence, role };

  g_array_append_val (place->mentions, m);
}


/* The country "البلاد" at offset means: the country of the place named
 * last before it (a passage about Iraq after one about Syria speaks of
 * Iraq), else the country the text names most. The mentions are sorted
 * once and swept as the offsets asked for grow (walking every mention
 * for each "البلاد" was quadratic). */
typedef struct
{
  guint start;
  guint place;            /* index in doc->places */
  guint mention;          /* of the mentions at one start, the last wins */
} PassageMention;

struct _MarsadPassageCountries
{
  const MarsadDocument *doc;
  guint                 n_places;     /* the places before the sides were added */
  GArray               *mentions;     /* PassageMention, by start, place, mention */
  guint                 next;         /* the first mention not yet passed */
  guint                 offset;       /* the last offset asked for */
  gboolean              have_last;
  PassageMention        last;         /* the last before offset */
  const MarsadPlace    *most;         /* the country named most */
  GHashTable           *countries;    /* code → its country place */
  GHashTable           *index_of;     /* place → its index + 1 */
  guint64               steps;
};

static int
compare_passage_mentions (gconstpointer a,
                          gconstpointer b)
{
  const PassageMention *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->place != mb->place)
    return ma->place < mb->place ? -1 : 1;
  return ma->mention < mb->mention ? -1 : ma->mention > mb->mention;
}

static gboolean
passage_mention_after (const PassageMention *a,
                       const PassageMention *b)
{
  return compare_passage_mentions (a, b) > 0;
}

MarsadPassageCountries *
marsad_passage_countries_new (const MarsadDocument *doc,
                              guint                 n_places)
{
  MarsadPassageCountries *self = g_new0 (MarsadPassageCountries, 1);

  self->doc = doc;
  self->n_places = n_places;
  self->mentions = g_array_new (FALSE, FALSE, sizeof (PassageMention));
  self->countries = g_hash_table_new (g_str_hash, g_str_equal);
  self->index_of = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);
      gboolean is_country = g_strcmp0 (place->kind, "country") == 0;

      g_hash_table_insert (self->index_of, (gpointer) place, GUINT_TO_POINTER (p + 1));
      if (is_country && place->country != NULL && !g_hash_table_contains (self->countries, place->country))
        g_hash_table_insert (self->countries, place->country, (gpointer) place);
      if (place->country == NULL || place->country[0] == '\0')
        continue;
      if (is_country && (self->most == NULL || place->mentions->len > self->most->mentions->len))
        self->most = place;
      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);

          self->steps++;
          /* a government named by its capital says nothing of the passage */
          if (m->role == MARSAD_ROLE_ACTOR && !is_country)
            continue;
          g_array_append_val (self->mentions, ((PassageMention) { m->start, p, k }));
        }
    }
  g_array_sort (self->mentions, compare_passage_mentions);
  return self;
}

void
marsad_passage_countries_free (MarsadPassageCountries *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->mentions);
  g_hash_table_unref (self->countries);
  g_hash_table_unref (self->index_of);
  g_free (self);
}

/* NULL when none */
const char *
marsad_passage_country (MarsadPassageCountries *self,
                        guint                   offset)
{
  /* the caller asks in text order; should it not, sweep again */
  if (offset < self->offset)
    {
      self->next = 0;
      self->have_last = FALSE;
    }
  self->offset = offset;
  for (; self->next < self->mentions->len; self->next++)
    {
      const PassageMention *m = &g_array_index (self->mentions, PassageMention, self->next);

      if (m->start >= offset)
        break;
      self->steps++;
      if (!self->have_last || passage_mention_after (m, &self->last))
        {
          self->last = *m;
          self->have_last = TRUE;
        }
    }
  if (self->have_last)
    return ((const MarsadPlace *) g_ptr_array_index (self->doc->places, self->last.place))->country;
  return self->most != NULL ? self->most->country : NULL;
}

/* A mention just added to place (a side derived from a country): it is the
 * passage's for the offsets after it, as a mention of the text would be. */
void
marsad_passage_countries_add_mention (MarsadPassageCountries *self,
                                      const MarsadPlace      *place,
                                      guint                   start)
{
  guint p = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of, place));
  PassageMention m;

  /* the places added since are none of the passage's */
  if (p == 0 || place->country == NULL || place->country[0] == '\0')
    return;
  m = (PassageMention) { start, p - 1, place->mentions->len - 1 };
  if (!self->have_last || passage_mention_after (&m, &self->last))
    {
      self->last = m;
      self->have_last = TRUE;
    }
}

/* the country place of the text with that code, or NULL */
MarsadPlace *
marsad_passage_countries_place (MarsadPassageCountries *self,
                                const char             *code)
{
  return g_hash_table_lookup (self->countries, code);
}

guint64
marsad_passage_countries_steps (const MarsadPassageCountries *self)
{
  return self->steps;
}

/* "شمال غربي البلاد": a side of the country the passage is about, placed
 * within the country's extent like "غرب العراق". */
void
marsad_geoparser_add_country_sides (const MarsadGeoparser *self,
                                    MarsadDocument        *doc,
                                    GHashTable            *by_direction)
{
  const MarsadNormalized *norm = doc->norm;
  guint n_places = doc->places->len;
  g_autoptr(MarsadPassageCountries) passages = NULL;

  for (guint w = 1; w < norm->words->len; w++)
    {
      const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);
      guint len = mw->norm_end - mw->norm_start, start = 0;
      MarsadGazetteerRecord rec = { 0 };
      g_autoptr(MarsadPlace) unnamed = NULL;
      MarsadPlace *country, *side;
      const char *code;
      MarsadDirection d;

      /* البلاد, perhaps with a proclitic: six to eight letters */
      if (len < 6 || len > 8 || marsad_word_set_lookup (self->the_country_words, norm, w, NULL) < 0 ||
          (d = marsad_geoparser_direction_before (self, norm, w, &start)) == MARSAD_DIRECTION_NONE)
        continue;
      if (passages == NULL)
        passages = marsad_passage_countries_new (doc, n_places);
      if ((code = marsad_passage_country (passages, start)) == NULL ||
          !marsad_gazetteer_get_country (self->gazetteer, code, &rec))
        continue;
      country = marsad_passage_countries_place (passages, code);
      if (country == NULL)
        {
          /* the passage names a town of a country it does not name: the
           * side is derived from the country, which is no place of the text */
          country = unnamed = marsad_place_new ();
          country->id = g_strdup_printf ("country:%s", code);
          country->name = g_strdup (rec.name_ar);
          country->name_en = g_strdup (rec.name_en);
          country->lat = rec.lat;
          country->lon = rec.lon;
          country->kind = g_strdup ("country");
          country->country = g_strdup (code);
        }
      side = marsad_geoparser_derived_place (by_direction, doc, country, rec.half_width_km, rec.half_height_km, FALSE, d);
      marsad_place_add_mention (side, start, mw->end, mw->sentence, MARSAD_ROLE_CONTEXT);
      marsad_passage_countries_add_mention (passages, side, start);
    }
}


static const char * const direction_words_en[] = {
  [MARSAD_DIRECTION_NORTH] = "north", [MARSAD_DIRECTION_SOUTH] = "south",
  [MARSAD_DIRECTION_EAST] = "east", [MARSAD_DIRECTION_WEST] = "west",
  [MARSAD_DIRECTION_NORTH_EAST] = "north-east", [MARSAD_DIRECTION_NORTH_WEST] = "north-west",
  [MARSAD_DIRECTION_SOUTH_EAST] = "south-east", [MARSAD_DIRECTION_SOUTH_WEST] = "south-west",
};

/* units of distance and their length in km */
static const struct { const char *word; double km; } distance_units[] = {
  { "كيلومتر", 1 }, { "كيلومترا", 1 }, { "كيلومترات", 1 }, { "كلم", 1 }, { "كم", 1 },
  { "ميل", 1.609 }, { "ميلا", 1.609 }, { "اميال", 1.609 },
};

/* word w as folded, in UTF-8 (NULL when it cannot be) */
static char *
folded_form (const MarsadNormalized *norm,
             guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);

  return g_ucs4_to_utf8 (norm->chars + mw->norm_start, mw->norm_end - mw->norm_start, NULL, NULL, NULL);
}

/* "بحريا" after a unit: nautical */
static gboolean
is_nautical (const MarsadNormalized *norm,
             guint                   w)
{
  static const char * const nautical[] = { "بحري", "بحريا", "بحريه", NULL };
  g_autofree char *form = folded_form (norm, w);

  return form != NULL && g_strv_contains (nautical, form);
}

/* the distance unit word w stands for, in km, or 0 */
static double
unit_km (const MarsadNormalized *norm,
         guint                   w)
{
  g_autofree char *form = folded_form (norm, w);

  for (guint i = 0; form != NULL && i < G_N_ELEMENTS (distance_units); i++)
    if (strcmp (form, distance_units[i].word) == 0)
      return distance_units[i].km;
  return 0;
}

/* The figure in the words ending right before `end` ("40", "أربعين",
 * "خمسة عشر"): its value, and its first word in *first; 0 when none. */
static double
figure_before (const MarsadNormalized *norm,
               guint                   end,
               guint                  *first)
{
  /* the longest figure first: "خمسة عشر" is fifteen, not ten */
  for (guint n = MIN (3, end); n >= 1; n--)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
      MarsadNumber num;

      for (guint k = end - n; k < end; k++)
        {
          const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, k);

          g_ptr_array_add (words, g_ucs4_to_utf8 (norm->chars + mw->norm_start, mw->norm_end - mw->norm_start,
                                                  NULL, NULL, NULL));
        }
      if (marsad_number_parse ((const char * const *) words->pdata, n, &num) && num.n_words == n &&
          num.kind == MARSAD_NUMBER_EXACT && num.value > 0 && num.value <= 2000)
        {
          *first = end - n;
          return (double) num.value;
        }
    }
  return 0;
}

/* "جبهة صرواح، على بعد نحو 40 كيلومترا غرب مدينة مأرب": the distance
 * after a comma describes the place named right before it (its words from
 * first back over على بعد/نحو), which is where things happened. */
static gboolean
describes_named_place (const MarsadDocument *doc,
                       GHashTable          **mention_ends,
                       guint                 n_places,
                       guint                 first)
{
  static const char * const lead[] = { "علي", "بعد", "نحو", "حوالي", "قرابه", "مسافه", NULL };
  const MarsadNormalized *norm = doc->norm;
  guint w = first, k;

  while (w > 0)
    {
      g_autofree char *form = folded_form (norm, w - 1);

      if (form == NULL || !g_strv_contains (lead, form))
        break;
      w--;
    }
  if (w == first || w == 0)
    return FALSE;
  k = g_array_index (norm->words, MarsadWord, w).start;
  while (k > 0 && g_unichar_isspace (doc->chars[k - 1]))
    k--;
  if (k == 0 || (doc->chars[k - 1] != 0x060C && doc->chars[k - 1] != ','))
    return FALSE;
  k--;
  while (k > 0 && g_unichar_isspace (doc->chars[k - 1]))
    k--;
  /* where the mentions of the places named (countries left out) end, made
   * once: a text of many distances stays linear */
  if (*mention_ends == NULL)
    {
      *mention_ends = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint p = 0; p < n_places; p++)
        {
          const MarsadPlace *place = g_ptr_array_index (doc->places, p);

          if (g_strcmp0 (place->kind, "country") == 0)
            continue;
          for (guint i = 0; i < place->mentions->len; i++)
            g_hash_table_add (*mention_ends,
                              GUINT_TO_POINTER (g_array_index (place->mentions, MarsadMention, i).end + 1));
        }
    }
  return g_hash_table_contains (*mention_ends, GUINT_TO_POINTER (k + 1));
}

/* "على بعد أربعين كيلومترا شمال الموصل", "15 كلم جنوب بغداد": a point of its
 * own, that far that way from the place; approximate (ACLED's
 * geo_precision 2), never the place itself. */
void
marsad_geoparser_add_relative_places (const MarsadGeoparser *self,
                                      MarsadDocument        *doc,
                                      GHashTable            *by_key)
{
  static const double dx[] = { 0, 0, 0, 1, -1, 0, M_SQRT1_2, -M_SQRT1_2, M_SQRT1_2, -M_SQRT1_2 };
  static const double dy[] = { 0, 1, -1, 0, 0, 0, M_SQRT1_2, M_SQRT1_2, -M_SQRT1_2, -M_SQRT1_2 };
  const MarsadNormalized *norm = doc->norm;
  guint n_places = doc->places->len;
  g_autoptr(GHashTable) mention_ends = NULL;

  for (guint p = 0; p < n_places; p++)
    {
      const MarsadPlace *base = g_ptr_array_index (doc->places, p);

      if (g_strcmp0 (base->kind, "country") == 0 || base->approximate)
        continue;
      for (guint k = 0; k < base->mentions->len; k++)
        {
          const MarsadMention m = g_array_index (base->mentions, MarsadMention, k);
          guint w = marsad_geoparser_word_at (norm, m.start), dir_start = 0, unit_w, first = 0;
          MarsadDirection d;
          double km, figure;
          gboolean at_sea;
          g_autofree char *key = NULL;
          MarsadPlace *place;

          /* "شمال غربي مدينة الحديدة": the feature word between */
          if (w > 1 && w < norm->words->len && marsad_word_set_lookup (self->cue_words, norm, w - 1, NULL) >= 0)
            w--;
          if (w == 0 || w >= norm->words->len ||
              (d = marsad_geoparser_direction_before (self, norm, w, &dir_start)) == MARSAD_DIRECTION_NONE ||
              d == MARSAD_DIRECTION_CENTRE)
            continue;
          /* the unit right before the direction word(s); "ميلا بحريا" is
           * a nautical mile, and at sea */
          unit_w = marsad_geoparser_word_at (norm, dir_start);
          at_sea = unit_w > 1 && is_nautical (norm, unit_w - 1);
          if (at_sea)
            unit_w--;
          if (unit_w == 0 || (km = unit_km (norm, unit_w - 1)) == 0 ||
              (figure = figure_before (norm, unit_w - 1, &first)) == 0 ||
              describes_named_place (doc, &mention_ends, n_places, first))
            continue;
          km *= figure * (at_sea ? 1.852 / 1.609 : 1.0);

          key = g_strdup_printf ("%s/%.0fkm/%d", base->id, km, d);
          place = g_hash_table_lookup (by_key, key);
          if (place == NULL)
            {
              place = marsad_place_new ();
              place->id = g_strdup_printf ("p%u", doc->places->len + 1);
              place->name = g_strdup_printf ("%.0f كم %s %s", km, direction_names_ar[d], base->name);
              place->name_en = g_strdup_printf ("%.0f km %s of %s", km, direction_words_en[d], base->name_en);
              place->lat = base->lat + dy[d] * km / 111.0;
              place->lon = base->lon + dx[d] * km / (111.0 * MAX (0.3, cos (base->lat * G_PI / 180.0)));
              place->kind = g_strdup ("town");
              place->country = g_strdup (base->country);
              place->admin1 = g_strdup (base->admin1);
              place->approximate = TRUE;
              if (at_sea)
                marsad_geoparser_place_at_sea (place, base);
              g_ptr_array_add (doc->places, place);
              g_hash_table_insert (by_key, g_steal_pointer (&key), place);
            }
          marsad_place_add_mention (place, marsad_normalized_orig_offset (norm, first, 0), m.end, m.sentence,
                                    MARSAD_ROLE_CONTEXT);
        }
    }
}
