/* marsad-geoparser-unknown.c: villages and camps the gazetteer lacks
 *
 * Conflict news names hamlets, camps and quarters no gazetteer knows
 * ("قصفت المدفعية بلدة زرعيت الحدودية"). A settlement word in construct
 * with a name says a place is there; it is put where the nearest place the
 * sentence does know lies, and marked approximate (ACLED's geo_precision 2),
 * so that the analyst sees it on the map instead of losing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "marsad-geoparser-unknown-private.h"

/* Words that announce a settlement's name right after them, and the kind
 * of place each announces; the duals name two places ("قريتي X وY"). */
static const char * const settlement_words[] = {
  "قريه", "بلده", "مخيم", "حي", "مستوطنه", "مستعمره", "ضاحيه", "بلدات", "قري",
  "ثكنه", "معسكر", "قاعده", "مطار",
  "قريتي", "بلدتي", "مخيمي", "حارتي", "منطقه",
  /* districts, towns and facilities named by their head word */
  "مدينه", "محليه", "ناحيه", "مديريه", "عزله", "شارع", "سوق", "مستشفي", "مدرسه", "مسجد",
  "سجن", "ميناء", "معبر", "فندق", "جبل", "جبال", "حاجز", "مفرق", "تله", "وادي",
  "مصفاه", "جزيره", "سد",
  /* a plant or a field, only with the word that says so: "محطة أم دباكر
   * الحرارية", "حقل خورمالة النفطي" ("محطة" is also a stage, "حقل" a domain) */
  "محطه", "حقل",
  /* a front line: "في جبهة الكدحة"; a quarter: "حارة المنشية"; a basin,
   * a plain: "في حوض الوقف", "في سهل الغاب" */
  "جبهه", "حاره", "حوض", "سهل",
  /* a junction, a compound, a roundabout, a square or a bridge, only with
   * its name in quotation marks: "تقاطع «زوبي»", "مجمع «حلني»" ("مجمع" is
   * also a complex of anything, "ساحة" a field) */
  "تقاطع", "مجمع", "دوار", "ساحه", "جسر", NULL
};
static const char * const settlement_kinds[] = {
  "village", "town", "camp", "neighbourhood", "town", "town", "neighbourhood", "town", "village",
  "military_base", "military_base", "military_base", "airport",
  "village", "town", "camp", "neighbourhood", "neighbourhood",
  "town", "district", "district", "district", "village", "facility", "facility", "facility",
  "facility", "facility", "facility", "facility", "facility", "facility", "georegion",
  "georegion", "facility", "facility", "georegion", "georegion",
  "facility", "georegion", "facility",
  "facility", "facility",
  "georegion", "neighbourhood", "georegion", "georegion",
  "facility", "facility", "facility", "facility", "facility",
};
G_STATIC_ASSERT (G_N_ELEMENTS (settlement_words) == G_N_ELEMENTS (settlement_kinds) + 1);
#define FIRST_DUAL 13
/* "قاعدة" is also a rule: its name must be followed by what makes it a
 * base ("قاعدة الديلمي الجوية") */
#define FIRST_STRICT 11

#define FIRST_TAILED 41   /* "محطة", "حقل": only with a tail, as "قاعدة" */
#define FIRST_QUOTED (FIRST_TAILED + 6)   /* "تقاطع" on: only a quoted name */
G_STATIC_ASSERT (G_N_ELEMENTS (settlement_words) == FIRST_QUOTED + 6);
#define MANTIQA 17   /* "منطقة": only before a name-opening word ("منطقة عين زارة") */

/* what follows a place to say where it lies: "جبال هورامان الممتدة بين…" */
static const char * const lying_words[] = {
  "الممتده", "الممتد", "الواقعه", "الواقع", "المحاذيه", "المحاذي", "المطله", "المطل", "المتاخمه",
  "المتاخم", NULL,
};

/* besides the prepositions of place, what may stand before a dam */
static const char * const dam_prepositions[] = { "علي", "عند", "فوق", NULL };
/* heads read only after a preposition of place (after_place_preposition) */
static const char * const located_heads[] = { "سد", "جبهه", "حوض", "سهل", NULL };

/* Words that follow a settlement word without naming it. */
static const char * const not_names[] = {
  "صغيره", "كبيره", "مجاوره", "قريبه", "حدوديه", "نائيه", "محاذيه", "واحده", "اخري", "جديده",
  "العرب",   /* "القاعدة في جزيرة العرب" is an organisation */
  "قديمه", "زراعيه", "سكنيه", "مدمره", "مهجوره", "عديده", "كثيره", "عده", "بعض", "كل", "اي",
  "تابعه", "واقعه", "فلسطينيه", "سوريه", "لبنانيه", "عراقيه", "يمنيه", "كرديه", "عربيه",
  "مسيحيه", "درزيه", "سنيه", "شيعيه", "علويه", "لاجئين", "للاجئين", "النازحين", "نازحين",
  "اللاجئين", "الاحياء", "سكني", "صغير", "كبير", "مجاور", "قريب", "جديد", "قديم", "يرزق",
  "فيها", "فيه", "منها", "منه", "بها", "به", "عليها", "بيانات", "عامه", "اساسيه", "امنه",
  "عازله", "منزوعه", "مغلقه", "واسعه", "محدوده", "محتله", "مدنيه",
  /* what follows "منطقة" without naming one */
  "الحدود", "العمليات", "الاشتباكات", "الاشتباك", "المعارك", "النزاع", "الصراع", "الخليج", "الساحل",
  "النفوذ", "السيطره", "الحظر", "التماس", "المواجهات", "الحرب", "القتال", "الشرق", "الجنوب",
  "الشمال", "الغرب", "الوسط", "اليورو", "الحادث", "الانفجار", "الهجوم", "القصف", "الغارات", "الغاره",
  "الاحداث", "المستشفي", "المدينه", "البلده", "القريه", "المخيم", "السجن", "الميناء", "المعبر",
  "السوق", "الشارع", "الحي", "الجامعه", "المدرسه", "المسجد", "المنطقه", "الطوارئ", "الطوارى",
  "العاصمه", "النفط", "الميدان", "العسكريه", "الامن", "الدفاع", "الصحه", "الداخليه", "الخارجيه",
  "العربيه", "الدوليه", "الحكومي", "الحكوميه", "الرئيسي", "الرئيسيه", "الوطني", "الميداني",
  "الجامعي", "التعليمي", "العام", "الخاص", "المركزي", "الكبير", "القديم", "الجديد", "مؤقت", "التجاره",
  /* who acts, never the second word of a name: "ووصل الجيش" */
  "الجيش", "القوات", "المدفعيه", "الطيران", "الشرطه", "المسلحون", "المسلحين", "الفصايل", "المقاتلون",
  "الاهالي", "السكان", "الحكومه", "النظام", "المعارضه",
  "موقت", "السيارات", "الخضار", "الاوراق", "المال", "الاسهم", "العمل", "نقلت", "نقل", "تم", "كان", "كانت", "يقع", "تقع", "يضم", "تضم", "مركزي", "خاص", "عام",
  "ميداني", "حكومي",
  /* adjectives of places ("مناطق متفرقة", "مدينة مقدسة", "ميناء حر") */
  "متفرقه", "شاسعه", "عائمه", "مهمه", "مقدسه", "محظوره", "مزدهره", "رائع", "شامل", "حر", "مقفر",
  "سيء", "هامه", "مختلفه", "بعيده", "نائي", "معزوله", "محاصره", "مفتوحه", "مكشوفه", "عامله",
  "مزدحمه", "مكتظه", "خاليه",
  /* fronts that are organisations: "جبهة النصرة", "الجبهة الشعبية لتحرير" */
  "النصره", "تحرير", "التحرير", "فتح", "الخلاص", "الانقاذ", "الشعبيه", "الوطنيه", "الاسلاميه",
  "البوليساريو",
  /* what a place is of: "مناطق سيطرة «قسد»", "مناطق نفوذ", "مناطق انتشار" */
  "سيطره", "نفوذ", "انتشار", "تمركز", "اشتباك", "تماس",
  /* a participle that says where a place lies, never the second word of
   * its name: "جبال هورامان الممتدة بين…", "قرية X الواقعة شرق…" */
  "الممتده", "الممتد", "الواقعه", "الواقع", "المحاذيه", "المحاذي", "المطله", "المطل", "المتاخمه",
  "المتاخم", "القريبه", "المجاوره", "المحيطه", "المحيط",
  /* a present verb opening a relative clause: "آخر مستشفى يعمل في المدينة" */
  "يعمل", "تعمل", "يوجد", "توجد", "يستقبل", "تستقبل", "يخدم", "تخدم", "يبعد", "تبعد", "يتبع",
  "تتبع", "يحتوي", "تحتوي", "يتسع", "تتسع",
  /* an office, not a district: "مديرية مكافحة الإرهاب" */
  "مكافحه", "شوون", "التربيه", "الاستخبارات", "الاعلام", "المرور", "الجوازات", "الاحوال", "الزراعه",
  "الشباب", "الاوقاف", "الاشغال", "توزيع", "تربيه", "صحه", "زراعه", "شرطه", "كهرباء", "الكهرباء",
  "مياه", "المياه", NULL
};

/* the head at w follows a preposition of place, glued ("بجبهة") or before it */
static gboolean
after_place_preposition (const MarsadGeoparser  *self,
                         const MarsadNormalized *norm,
                         guint                   w,
                         guint                   prefix)
{
  const MarsadWord *head = &g_array_index (norm->words, MarsadWord, w);

  return (prefix > 0 && norm->chars[head->norm_start + prefix - 1] == 0x0628) ||   /* ب */
         (w > 0 && (marsad_word_set_lookup (self->locatives, norm, w - 1, NULL) >= 0 ||
                    marsad_word_set_lookup (self->dam_prepositions, norm, w - 1, NULL) >= 0));
}

/* Plurals an adjective follows: "مصادر محلية" (a sound plural's ending,
 * or a broken plural of news) */
static const char * const broken_plurals[] = {
  "مصادر", "وسائل", "اعلام", "فصايل", "عشاير", "قوي", "سلطات", "جهات", "لجان", "انباء", NULL
};

static gboolean
after_plural (const MarsadGeoparser  *self,
              const MarsadNormalized *norm,
              guint                   w)
{
  static const gunichar at[] = { 0x0627, 0x062A }, in[] = { 0x064A, 0x0646 }, un[] = { 0x0648, 0x0646 };
  const MarsadWord *prev;
  const gunichar *c;
  guint len;

  if (w == 0)
    return FALSE;
  prev = &g_array_index (norm->words, MarsadWord, w - 1);
  if (prev->sentence != g_array_index (norm->words, MarsadWord, w).sentence)
    return FALSE;
  c = norm->chars + prev->norm_start;
  len = prev->norm_end - prev->norm_start;
  if (len > 3 && (memcmp (c + len - 2, at, sizeof at) == 0 || memcmp (c + len - 2, in, sizeof in) == 0 ||
                  memcmp (c + len - 2, un, sizeof un) == 0))
    return TRUE;
  return marsad_word_set_lookup (self->broken_plurals, norm, w - 1, NULL) >= 0;
}

/* Plural settlement words before a list of names (the duals name two:
 * see settlement_words): "بلدات الطيرة
 * والصورة الكبيرة وسميع", "جبال شابان وديلان"; and the kind each lists. */
static const char * const list_words[] = {
  "بلدات", "قري", "احياء", "مناطق", "مدن", "جبال", "مخيمات", NULL
};
static const char * const list_kinds[] = {
  "town", "village", "neighbourhood", "neighbourhood", "town", "georegion", "camp",
};
G_STATIC_ASSERT (G_N_ELEMENTS (list_words) == G_N_ELEMENTS (list_kinds) + 1);
/* the list runs on past these no more than it runs past a full stop */
#define LIST_MAX 12


/* how far (in characters) the passage about a place reaches */
#define UNKNOWN_PASSAGE_REACH 1200

static gboolean
is_broad (const MarsadPlace *place)
{
  return g_strcmp0 (place->kind, "country") == 0 || g_strcmp0 (place->kind, "georegion") == 0 ||
         g_strcmp0 (place->kind, "water") == 0;
}

/* The place the sentence knows nearest to the text position: its location
 * stands for the unknown one's. A country is a last resort: when the
 * sentence names nothing finer, the finer place of that country named
 * nearest anywhere in the text ("ولاية الجزيرة" two paragraphs up) stands
 * closer than the country's centre. */
static const MarsadPlace *
nearest_known (const MarsadDocument *doc,
               guint                 n_known,
               guint                 sentence,
               guint                 offset)
{
  const MarsadPlace *best = NULL, *finer = NULL;
  guint best_distance = G_MAXUINT, finer_distance = G_MAXUINT;

  for (guint p = 0; p < n_known; p++)
    {
      const MarsadPlace *place = g_ptr_array_index (doc->places, p);
      gboolean broad = is_broad (place);

      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);
          guint distance;

          /* a government named by its capital is no location */
          if (m->role == MARSAD_ROLE_ACTOR)
            continue;
          distance = m->start > offset ? m->start - offset : offset - m->start;
          if (!broad && distance < finer_distance)
            {
              finer_distance = distance;
              finer = place;
            }
          if (m->sentence != sentence && m->sentence + 1 != sentence)
            continue;
          if (broad)
            distance += 100000;
          if (m->sentence != sentence)
            distance += 1000;
          if (distance < best_distance)
            {
              best_distance = distance;
              best = place;
            }
        }
    }
  if (best != NULL && is_broad (best) && finer != NULL && g_strcmp0 (finer->country, best->country) == 0)
    return finer;
  /* "قرية ود الفضل بشرق الولاية": a village of the region the passage is
   * about, though its sentence names no place */
  if (best == NULL && finer != NULL && finer_distance < UNKNOWN_PASSAGE_REACH)
    return finer;
  return best;
}

static char *
romanise (UTransliterator *trans,
          const char      *arabic)
{
  g_autofree gunichar2 *u16 = NULL;
  UChar buf[512];
  glong len = 0;
  int32_t text_len, limit;
  UErrorCode status = U_ZERO_ERROR;
  g_autofree char *latin = NULL;

  if (trans == NULL || (u16 = g_utf8_to_utf16 (arabic, -1, NULL, &len, NULL)) == NULL || len >= 256)
    return g_strdup (arabic);
  memcpy (buf, u16, len * sizeof (UChar));
  text_len = limit = (int32_t) len;
  utrans_transUChars (trans, buf, &text_len, G_N_ELEMENTS (buf), 0, &limit, &status);
  if (U_FAILURE (status))
    return g_strdup (arabic);
  latin = g_utf16_to_utf8 ((gunichar2 *) buf, text_len, NULL, NULL, NULL);
  if (latin == NULL)
    return g_strdup (arabic);
  /* "al-qrya" reads better capitalised */
  latin[0] = g_ascii_toupper (latin[0]);
  return g_steal_pointer (&latin);
}

/* "مخيم «العودة»" is named "مخيم العودة": the marks only said it was a name */
static char *
name_without_quotes (char *name)
{
  static const char * const marks[] = { "«", "»", "“", "”", "\"" };
  GString *s = g_string_new (name);

  g_free (name);

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    g_string_replace (s, marks[i], "", 0);
  return g_string_free (s, FALSE);
}

static void
add_unknown (MarsadDocument         *doc,
             GHashTable             *by_name,
             GHashTable             *known_names,
             UTransliterator        *trans,
             const MarsadNormalized *norm,
             guint                   n_known,
             const Mention          *m)
{
  const MarsadWord *first = &g_array_index (norm->words, MarsadWord, m->first_word);
  const MarsadWord *last = &g_array_index (norm->words, MarsadWord, m->last_word);
  g_autofree char *key = NULL;
  MarsadPlace *place;
  guint start = m->head_start > 0 ? m->head_start
                                  : marsad_normalized_orig_offset (norm, m->first_word, m->prefix);
  guint end = MAX (m->tail_end, last->end);
  MarsadMention mention = { start, end, first->sentence, MARSAD_ROLE_CONTEXT };

  key = g_ucs4_to_utf8 (norm->chars + first->norm_start + m->prefix,
                        last->norm_end - first->norm_start - m->prefix, NULL, NULL, NULL);
  if (key == NULL)
    return;
  place = g_hash_table_lookup (by_name, key);
  /* (a facility named after a town is no mention of the town) */
  if (place == NULL && m->head_start == 0)
    place = g_hash_table_lookup (known_names, key);
  if (place == NULL && m->head_if_new > 0)
    start = m->head_if_new;
  mention.start = start;
  if (place == NULL)
    {
      const MarsadPlace *near = nearest_known (doc, n_known, first->sentence, start);

      if (near == NULL)
        return;   /* nowhere to put it: better no marker than a wrong one */
      place = marsad_place_new ();
      place->id = g_strdup_printf ("p%u", doc->places->len + 1);
      place->name = name_without_quotes (marsad_document_dup_span (doc, start, end));
      place->name_en = romanise (trans, place->name);
      place->lat = near->lat;
      place->lon = near->lon;
      place->kind = g_strdup (m->kind);
      place->country = g_strdup (near->country);
      place->admin1 = g_strdup (near->admin1);
      place->approximate = TRUE;
      g_ptr_array_add (doc->places, place);
      g_hash_table_insert (by_name, g_steal_pointer (&key), place);
    }
  g_array_append_val (place->mentions, mention);
}

static gboolean
names_known_place (const MarsadGeoparser  *self,
                   const MarsadNormalized *norm,
                   const Mention          *m)
{
  const MarsadWord *first = &g_array_index (norm->words, MarsadWord, m->first_word);
  const MarsadWord *last = &g_array_index (norm->words, MarsadWord, m->last_word);
  g_autofree char *key = g_ucs4_to_utf8 (norm->chars + first->norm_start, last->norm_end - first->norm_start,
                                         NULL, NULL, NULL);
  const MarsadNameHit *hits = NULL;
  guint n_hits = 0;

  return key != NULL &&
         (marsad_gazetteer_lookup (self->gazetteer, key, strlen (key), &hits, &n_hits) & MARSAD_KEY_IS_NAME) != 0;
}

static UTransliterator *
open_transliterator (void)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar id[64];
  UTransliterator *trans;

  u_uastrcpy (id, "Arabic-Latin; Latin-ASCII");
  trans = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  return U_FAILURE (status) ? NULL : trans;
}

void
marsad_geoparser_init_unknown_words (MarsadGeoparser *self)
{
  self->settlement_words = marsad_word_set_new (settlement_words);
  self->not_names = marsad_word_set_new (not_names);
  self->dam_prepositions = marsad_word_set_new (dam_prepositions);
  self->broken_plurals = marsad_word_set_new (broken_plurals);
  self->list_heads = marsad_word_set_new (list_words);
  self->lying_words = marsad_word_set_new (lying_words);
  marsad_geoparser_init_quoted_words (self);
}

static gboolean
gap_is_comma (const MarsadNormalized *norm,
              const MarsadWord       *a,
              const MarsadWord       *b)
{
  gboolean comma = FALSE;

  for (guint k = a->norm_end; k < b->norm_start; k++)
    {
      gunichar c = norm->chars[k];

      if (c == 0x060C || c == ',')
        comma = TRUE;
      else if (!g_unichar_isspace (c))
        return FALSE;
    }
  return comma;
}

static gboolean
starts_with_wa (const MarsadNormalized *norm,
                guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);

  return mw->norm_end - mw->norm_start > 2 && norm->chars[mw->norm_start] == 0x0648;
}

/* A list's name is followed by the next name, a preposition, punctuation,
 * a word that says where it lies or the sentence's end: "وقال المتحدث"
 * opens a clause, it names nothing */
static gboolean
ends_list_item (const MarsadGeoparser  *self,
                const MarsadNormalized *norm,
                guint                   last)
{
  const MarsadWord *a, *b;

  if (last + 1 >= norm->words->len)
    return TRUE;
  a = &g_array_index (norm->words, MarsadWord, last);
  b = &g_array_index (norm->words, MarsadWord, last + 1);
  return !marsad_words_adjacent (norm, a, b) || starts_with_wa (norm, last + 1) ||
         marsad_word_set_lookup (self->locatives, norm, last + 1, NULL) >= 0 ||
         marsad_word_set_lookup (self->direction_words, norm, last + 1, NULL) >= 0 ||
         marsad_word_set_lookup (self->lying_words, norm, last + 1, NULL) >= 0;
}

/* The names of a list after a plural settlement word at w, each joined by
 * و or a comma; places already known are stepped over. Returns the last
 * word of the list. */
static guint
add_listed_places (const MarsadGeoparser  *self,
                   MarsadDocument         *doc,
                   GHashTable             *by_name,
                   GHashTable             *known_names,
                   UTransliterator        *trans,
                   guint                   n_known,
                   const guint8           *known,
                   guint                   w,
                   const char             *kind)
{
  const MarsadNormalized *norm = doc->norm;
  guint j = w + 1, last = w;

  for (guint item = 0; item < LIST_MAX && j < norm->words->len; item++)
    {
      const MarsadWord *prev = &g_array_index (norm->words, MarsadWord, j - 1);
      const MarsadWord *cur = &g_array_index (norm->words, MarsadWord, j);
      gboolean wa = item > 0 && starts_with_wa (norm, j);
      Mention m = { j, j, wa ? 1 : 0, kind, 0, 0 };

      if (cur->sentence != prev->sentence)
        break;
      /* after the first, a name opens with و, or follows a comma when it is
       * a known place */
      if (item > 0 && !(wa ? marsad_words_adjacent (norm, prev, cur) : gap_is_comma (norm, prev, cur) && known[j]))
        break;
      if (known[j])
        {
          while (j < norm->words->len && known[j])
            j++;
          last = j - 1;
          continue;
        }
      if (!marsad_unknown_can_name_item (self, self->not_names, norm, j, known, wa) ||
          (wa && g_utf8_strlen ("و", -1) + 2 > cur->norm_end - cur->norm_start))
        break;
      /* "الصورة الكبيرة", "عين عيسى": a name of two words, the second with
       * the article or after a word that opens names */
      if (j + 1 < norm->words->len && !starts_with_wa (norm, j + 1) &&
          (marsad_unknown_word_has_article (norm, j + 1) || marsad_word_set_lookup (self->name_heads, norm, j, NULL) >= 0) &&
          marsad_words_adjacent (norm, cur, &g_array_index (norm->words, MarsadWord, j + 1)) &&
          marsad_unknown_can_name (self, self->not_names, norm, j + 1, known))
        m.last_word = j + 1;
      if (!ends_list_item (self, norm, m.last_word) ||
          marsad_word_set_lookup (self->list_heads, norm, j, NULL) >= 0 ||
          marsad_word_set_lookup (self->settlement_words, norm, j, NULL) >= 0)
        break;
      add_unknown (doc, by_name, known_names, trans, norm, n_known, &m);
      last = m.last_word;
      j = m.last_word + 1;
    }
  return last;
}

/* "مدينة الحمورية" names the town the text called "حمورية" before: a name
 * after a settlement word that a known place was named by, with or without
 * the article, is one more mention of that place, not a place of its own */
static void
seed_known_name (GHashTable  *known_names,
                 const char  *name,
                 MarsadPlace *place)
{
  g_autofree char *folded = name != NULL ? marsad_normalize_string (name) : NULL;
  char *forms[2] = { NULL, NULL };

  if (folded == NULL || folded[0] == '\0')
    return;
  forms[0] = g_strdup (folded);
  if (!g_str_has_prefix (folded, "ال"))
    forms[1] = g_strconcat ("ال", folded, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (forms[i] != NULL && !g_hash_table_contains (known_names, forms[i]))
      g_hash_table_insert (known_names, forms[i], place);
    else
      g_free (forms[i]);
}

void
marsad_geoparser_add_unknown_places (const MarsadGeoparser *self,
                                     MarsadDocument        *doc)
{
  const MarsadNormalized *norm = doc->norm;
  const MarsadWordSet *settlements = self->settlement_words;
  const MarsadWordSet *not_name = self->not_names;
  const MarsadWordSet *heads = self->name_heads;
  const MarsadWordSet *tails = self->facility_tails;
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) known_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint8 *known = g_new0 (guint8, norm->words->len + 1);
  UTransliterator *trans = NULL;
  guint n_known = doc->places->len;

  /* words already part of a known place's mention */
  for (guint p = 0, w = 0; p < n_known; p++)
    {
      MarsadPlace *place = g_ptr_array_index (doc->places, p);

      for (guint k = 0; k < place->mentions->len; k++)
        {
          const MarsadMention *m = &g_array_index (place->mentions, MarsadMention, k);

          for (w = marsad_geoparser_word_at (norm, m->start);
               w < norm->words->len && g_array_index (norm->words, MarsadWord, w).start < m->end; w++)
            known[w] = 1;
          {
            g_autofree char *surface = marsad_document_dup_span (doc, m->start, m->end);

            seed_known_name (known_names, surface, place);
          }
        }
      seed_known_name (known_names, place->name, place);
    }

  for (guint w = 0; w + 1 < norm->words->len; w++)
    {
      int k;
      guint prefix = 0;
      Mention m = { 0 };
      const MarsadWord *head;
      gboolean named_after, quoted;
      Mention listed[LIST_MAX];
      guint n_listed;

      if ((n_listed = marsad_unknown_quoted_list (self, norm, w, known, listed, G_N_ELEMENTS (listed))) > 0)
        {
          if (trans == NULL)
            trans = open_transliterator ();
          for (guint i = 0; i < n_listed; i++)
            add_unknown (doc, by_name, known_names, trans, norm, n_known, &listed[i]);
          w = listed[n_listed - 1].last_word;
          continue;
        }
      if ((k = marsad_word_set_lookup (self->list_heads, norm, w, &prefix)) >= 0)
        {
          if (trans == NULL)
            trans = open_transliterator ();
          w = add_listed_places (self, doc, by_name, known_names, trans, n_known, known, w, list_kinds[k]);
          continue;
        }
      if (marsad_unknown_definite_facility (self, norm, w, known, &m))
        {
          if (trans == NULL)
            trans = open_transliterator ();
          add_unknown (doc, by_name, known_names, trans, norm, n_known, &m);
          w = m.last_word;
          continue;
        }
      if ((k = marsad_word_set_lookup (settlements, norm, w, &prefix)) < 0)
        continue;
      head = &g_array_index (norm->words, MarsadWord, w);
      /* "كتلة" is a bloc, not ك + "تلة" */
      if (prefix > 0 && norm->chars[head->norm_start] == 0x0643)
        continue;
      /* "بلدة «الدبيبات»": the quotation marks say it is a name */
      quoted = head->norm_end - head->norm_start - prefix == g_utf8_strlen (settlement_words[k], -1) &&
               marsad_unknown_quoted_after (norm, w, known, &m);
      if (quoted)
        goto named;
      /* "منطقة" before a name-opening word ("منطقة عين زارة") or a name
       * with the article ("منطقة الفتيحاب"), a masculine nisba's ending
       * ("منطقة برواري") or a direction after it ("منطقة مريس شمال قعطبة");
       * "منطقة نفوذ" names nothing */
      if (k == MANTIQA && marsad_word_set_lookup (heads, norm, w + 1, NULL) < 0 &&
          !marsad_unknown_word_has_article (norm, w + 1) && !marsad_unknown_masculine_after_feminine (norm, w) &&
          !(w + 2 < norm->words->len && marsad_word_set_lookup (self->direction_words, norm, w + 2, NULL) >= 0))
        continue;
      /* "وأدى قصف" (and it led to) folds like "وادي": a valley is written
       * with a bare alef and a final ya */
      if (g_strcmp0 (settlement_words[k], "وادي") == 0 &&
          (norm->orig[head->start + prefix + 1] != 0x0627 || norm->orig[head->end - 1] != 0x064A))
        continue;
      /* "مصادر محلية", "مجموعات محلية": after a plural, "محلية" is "local" */
      if (g_strcmp0 (settlement_words[k], "محليه") == 0 && prefix == 0 && after_plural (self, norm, w))
        continue;
      /* "حي" is also "alive": a quarter's name takes the article, or "حي"
       * follows a preposition of place ("في حي هودان", "بحي جوبر") */
      if (g_strcmp0 (settlement_words[k], "حي") == 0 && !marsad_unknown_word_has_article (norm, w + 1) &&
          !(prefix > 0 && norm->chars[head->norm_start + prefix - 1] == 0x0628) &&
          !(w > 0 && marsad_word_set_lookup (self->locatives, norm, w - 1, NULL) >= 0))
        continue;
      /* "سد" is also "blocked" ("سد المحتجون الطريق"), "جبهة التوافق" a
       * party, "حوض السباحة" a pool, "سهل" also "easy": a dam, a front, a
       * basin and a plain stand after a preposition of place ("قرب سد
       * تشرين", "في جبهة رغوان", "في حوض الوقف") */
      if (g_strv_contains (located_heads, settlement_words[k]) && !after_place_preposition (self, norm, w, prefix))
        continue;
      /* a basin's or a plain's name takes the article: "في سهل تحيط به
       * جبال" is "a plain that…" */
      if ((g_strcmp0 (settlement_words[k], "حوض") == 0 || g_strcmp0 (settlement_words[k], "سهل") == 0) &&
          !marsad_unknown_word_has_article (norm, w + 1))
        continue;
      /* "سوق السيارات" is a trade, "سوق ضحيان" a place */
      if (g_strcmp0 (settlement_words[k], "سوق") == 0 && marsad_unknown_word_has_article (norm, w + 1))
        continue;
      /* the settlement word in construct, not "القرية" or "قريته" */
      if (head->norm_end - head->norm_start - prefix != g_utf8_strlen (settlement_words[k], -1) ||
          !marsad_unknown_name_after (self, not_name, heads, norm, w, known, &m))
        continue;
    named:
      {
        gboolean tail = m.last_word + 1 < norm->words->len &&
                        marsad_word_set_lookup (tails, norm, m.last_word + 1, NULL) >= 0;

        /* "قاعدة" is also a rule: only "قاعدة X الجوية" */
        if ((k == FIRST_STRICT || (k >= FIRST_TAILED && k < FIRST_TAILED + 2)) && !tail && !quoted)
          continue;
        if (k >= FIRST_QUOTED && !quoted)
          continue;
        m.kind = settlement_kinds[k];
        /* "سوق ضحيان", "مستشفى النصر": a market or hospital named after a
         * place the gazetteer knows (the text gave no other sign of it)
         * says the place is there: the name is its mention. A street keeps
         * its head: "شارع السعدون" is the street's name, and so is a
         * facility's when a word after it says what it is ("مستشفى تبنين
         * الحكومي"). */
        named_after = (g_strcmp0 (settlement_words[k], "سوق") == 0 || g_strcmp0 (settlement_words[k], "مستشفي") == 0) &&
                      !tail && names_known_place (self, norm, &m);
        /* …but a hospital is often named after a person or a word, not
         * a town ("مستشفى مدينا" in Mogadishu, Medina far away): unless the
         * text names that place elsewhere, it keeps its head */
        if (named_after && g_strcmp0 (settlement_words[k], "مستشفي") == 0)
          m.head_if_new = marsad_normalized_orig_offset (norm, w, prefix);
        /* a facility, a mountain or a quarter is named with its head
         * word: "جبل محسن", "مستشفى ناصر", "حارة الدمج" */
        if (!named_after &&
            (g_strcmp0 (settlement_words[k], "حاره") == 0 ||
             g_strcmp0 (m.kind, "military_base") == 0 || g_strcmp0 (m.kind, "airport") == 0 ||
             g_strcmp0 (m.kind, "camp") == 0 || g_strcmp0 (m.kind, "facility") == 0 ||
             g_strcmp0 (m.kind, "georegion") == 0))
          {
            m.head_start = marsad_normalized_orig_offset (norm, w, prefix);
            if (tail)
              m.tail_end = g_array_index (norm->words, MarsadWord, m.last_word + 1).end;
            else if (quoted)
              m.tail_end = marsad_unknown_closing_mark_end (norm, m.last_word);
          }
      }

      if (trans == NULL)
        trans = open_transliterator ();
      add_unknown (doc, by_name, known_names, trans, norm, n_known, &m);

      /* "قريتي عرب حسن والمحسنلي": the dual names a second place after و */
      if (k >= FIRST_DUAL && k < MANTIQA && m.last_word + 1 < norm->words->len)
        {
          guint next = m.last_word + 1;
          const MarsadWord *nw = &g_array_index (norm->words, MarsadWord, next);
          Mention second = { 0 };

          if (norm->chars[nw->norm_start] == 0x0648 && !known[next] &&       /* و */
              marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, m.last_word), nw))
            {
              guint head_prefix = 0;

              second.first_word = second.last_word = next;
              second.prefix = 1;
              second.head_start = second.tail_end = 0;
              second.kind = m.kind;
              /* "حارتي المنشية وجبل النصر": a name head takes its word */
              if (marsad_word_set_lookup (heads, norm, next, &head_prefix) >= 0 && head_prefix == 1 &&
                  next + 1 < norm->words->len &&
                  marsad_words_adjacent (norm, nw, &g_array_index (norm->words, MarsadWord, next + 1)) &&
                  marsad_unknown_can_name (self, not_name, norm, next + 1, known))
                second.last_word = next + 1;
              add_unknown (doc, by_name, known_names, trans, norm, n_known, &second);
              m.last_word = second.last_word;
            }
        }
      w = m.last_word;
    }

  if (trans != NULL)
    utrans_close (trans);
}
