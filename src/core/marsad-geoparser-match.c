/* marsad-geoparser-match.c: finding place names in the folded text
 *
 * Every word is split into proclitic and stem in each way Arabic allows
 * (والعراق، بالعراق، للعراق); each stem is looked up in the gazetteer, and a
 * stem that starts a longer name is extended word by word. The longest name
 * wins, then the shortest proclitic. The words around a name add cues: a
 * feature word (منطقة، قاعدة، مطار) and a direction (غرب العراق).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>   /* defines __GLIBC__ on glibc */
#if defined (__GLIBC__)
#include <malloc.h>
#endif

#include "marsad-geoparser-private.h"

static void
append_ucs4 (GString        *key,
             const gunichar *chars,
             guint           n)
{
  for (guint k = 0; k < n; k++)
    g_string_append_unichar (key, chars[k]);
}

/* Function words, folded. A word that reads as one once a proclitic is
 * removed (وان = و + ان "and that", not Van; كما = ك + ما) is no name. */
static const char * const function_words[] = {
  "ان", "انه", "انها", "الي", "علي", "في", "من", "عن", "ما", "لا", "لم", "لن", "قد", "كان",
  "كانت", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "مع", "بعد", "قبل", "حتي",
  "او", "ثم", "لكن", "بين", "عند", "كل", "بعض", "غير", "منذ", "هو", "هي", "هم", "نحن",
  "انا", "انت", "حيث", "اذا", "لو", "كما", "مثل", "عبر", "ضد", "نحو", "دون", "فوق", "تحت",
  "امام", "خلال", "لدي", "اي", "ايضا", "فقط", "يوم", "اليوم", "عام", "العام",
  "عنه", "عنها", "منه", "منها", "فيه", "فيها", "عليه", "عليها", "اليه", "اليها", "له", "لها",
  "به", "بها", "معه", "معها", "لديه", "لديها", "بينهم", "بينها",
  /* times of day that follow a place: "في مدينة الأبيض أمس" */
  "امس", "صباح", "صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "غدا", NULL
};

/* Words of news that open with a proclitic's letter and read as a
 * village once it is taken off: "وزارة" is و + زارة (a Syrian village),
 * "وكالة" و + كالة. Such a split, as deep as the word or deeper, is no name. */
static const char * const plain_words[] = {
  "وزاره", "وزارات", "وزير", "وزيره", "وزراء", "وكاله", "وكالات", "وحده", "وحدات", "ولايه",
  "وسط", "وفد", "وقف", "وضع", "وصول", "واقع", "بلديه", "بيان", "بيانات", "لجنه", "لجان",
  "لواء", "فرقه", "فصيل", "فريق", "كتيبه", "كتايب", "كليه", NULL
};

void
marsad_geoparser_init_match_words (MarsadGeoparser *self)
{
  self->function_words = marsad_word_set_new (function_words);
  self->plain_words = marsad_word_set_new (plain_words);
}

typedef struct
{
  guint                n_words;
  guint                prefix_len;
  gsize                key_len;
  char                *key;
  const MarsadNameHit *hits;
  guint                n_hits;
} Match;

/* Words that open a two-word name and are often written glued to the
 * second: "ديرالزور", "عينالعرب", "ابوكمال" */
static const char * const glued_heads[] = {
  "دير", "عين", "ابو", "ام", "بيت", "كفر", "تل", "راس", "بير", "جبل", "خان", "سيدي", "بني", NULL
};

/* "ديرالزور" is "دير الزور": the word with a space after a name's head,
 * when nothing else matched it */
static void
match_glued_head (const MarsadGeoparser *self,
                  const char            *word,
                  gsize                  word_len,
                  GString               *key,
                  Match                 *best)
{
  /* a head and two letters at least: most words are shorter */
  if (word_len < 5 * 2)
    return;
  for (guint h = 0; glued_heads[h] != NULL; h++)
    {
      gsize head_len = strlen (glued_heads[h]);
      const MarsadNameHit *hits = NULL;
      guint n_hits = 0;

      if (word_len < head_len + 4 || memcmp (word, glued_heads[h], head_len) != 0)
        continue;
      g_string_assign (key, glued_heads[h]);
      g_string_append_c (key, ' ');
      g_string_append_len (key, word + head_len, word_len - head_len);
      if ((marsad_gazetteer_lookup (self->gazetteer, key->str, key->len, &hits, &n_hits) & MARSAD_KEY_IS_NAME) &&
          n_hits > 0)
        {
          best->key = g_strdup (key->str);
          best->key_len = key->len;
          best->n_words = 1;
          best->prefix_len = 0;
          best->hits = hits;
          best->n_hits = n_hits;
          return;
        }
    }
}

/* The longest name starting at word i, trying every proclitic split. */
static gboolean
match_at (const MarsadGeoparser  *self,
          const MarsadNormalized *norm,
          guint                   i,
          GString                *key,
          Match                  *best)
{
  const MarsadWord *w = &g_array_index (norm->words, MarsadWord, i);
  MarsadCliticReading splits[12];
  char utf8[64 * 6];
  guint offsets[65];
  gsize utf8_len = 0;
  guint word_len;
  guint n_splits;

  /* Latin words are not matched: English names serve the search box, and
   * in an Arabic article short Latin tokens (AFP, Al) collide with them. */
  if (norm->chars[w->norm_start] < 0x80 || w->norm_end - w->norm_start > 60)
    return FALSE;

  /* The word in UTF-8 once; a split's stem is a suffix of it, but for the
   * article's alef that لل swallowed, which goes in front. */
  word_len = w->norm_end - w->norm_start;
  for (guint k = 0; k < word_len; k++)
    {
      offsets[k] = utf8_len;
      utf8_len += g_unichar_to_utf8 (norm->chars[w->norm_start + k], utf8 + utf8_len);
    }
  offsets[word_len] = utf8_len;

  n_splits = marsad_proclitic_readings (norm->chars + w->norm_start, word_len,
                                        splits, G_N_ELEMENTS (splits));
  memset (best, 0, sizeof *best);

  for (guint s = 0; s < n_splits; s++)
    {
      gboolean improved = FALSE;
      guint j = i;

      g_string_truncate (key, 0);
      if (splits[s].restore_alef)
        g_string_append (key, "ا");
      g_string_append_len (key, utf8 + offsets[splits[s].prefix_len],
                           utf8_len - offsets[splits[s].prefix_len]);

      for (;;)
        {
          const MarsadNameHit *hits = NULL;
          guint n_hits = 0;
          guint flags = marsad_gazetteer_lookup (self->gazetteer, key->str, key->len, &hits, &n_hits);
          guint n_words = j - i + 1;

          if ((flags & MARSAD_KEY_IS_NAME) && n_hits > 0 &&
              (n_words > best->n_words ||
               (n_words == best->n_words && splits[s].prefix_len < best->prefix_len)))
            {
              best->key_len = key->len;
              improved = TRUE;
              best->n_words = n_words;
              best->prefix_len = splits[s].prefix_len;
              best->hits = hits;
              best->n_hits = n_hits;
            }

          if (!(flags & MARSAD_KEY_IS_PREFIX) || j + 1 >= norm->words->len ||
              !marsad_words_adjacent (norm, &g_array_index (norm->words, MarsadWord, j),
                               &g_array_index (norm->words, MarsadWord, j + 1)))
            break;

          j++;
          w = &g_array_index (norm->words, MarsadWord, j);
          g_string_append_c (key, ' ');
          append_ucs4 (key, norm->chars + w->norm_start, w->norm_end - w->norm_start);
        }

      /* the key grows word by word, so the best reading of this split is
       * a prefix of the buffer: keep it before the next split reuses it */
      if (improved)
        {
          g_free (best->key);
          best->key = g_strndup (key->str, best->key_len);
        }
    }

  if (best->n_words == 0)
    match_glued_head (self, utf8, utf8_len, key, best);

  /* Most words match nothing; only a match is worth asking whether its
   * first word is really a particle. */
  if (best->n_words == 0 || marsad_word_set_lookup (self->function_words, norm, i, NULL) >= 0)
    {
      g_clear_pointer (&best->key, g_free);
      best->n_words = 0;
      return FALSE;
    }
  return TRUE;
}

/* "قطاع غزة" names the Strip itself; "مدينة بير" only an Iranian hamlet */
static gboolean
record_is_notable (const MarsadGazetteerRecord *rec,
                   gconstpointer                data)
{
  return (rec->flags & MARSAD_RECORD_CURATED) || rec->importance >= 400;
}

static gboolean
split_is_plausible (const MarsadGeoparser  *self,
                    const MarsadNormalized *norm,
                    guint                   i,
                    const Match            *m)
{
  const MarsadWord *w = &g_array_index (norm->words, MarsadWord, i);
  const gunichar *c = norm->chars + w->norm_start;
  gboolean kaf = FALSE, fa = c[0] == 0x0641;                 /* ف */

  guint plain_prefix = 0;

  if (marsad_word_set_lookup (self->plain_words, norm, i, &plain_prefix) >= 0 && plain_prefix < m->prefix_len)
    return FALSE;
  for (guint k = 0; k < m->prefix_len; k++)
    kaf |= c[k] == 0x0643;                                  /* ك */
  if (!kaf && !fa)
    return TRUE;
  if (kaf && w->norm_end - w->norm_start - m->prefix_len < 5)
    return FALSE;
  for (guint h = 0; h < m->n_hits; h++)
    {
      MarsadGazetteerRecord rec;

      if (marsad_gazetteer_get_record (self->gazetteer, m->hits[h].record, &rec) &&
          (rec.kind == MARSAD_PLACE_KIND_COUNTRY || rec.kind == MARSAD_PLACE_KIND_REGION ||
           (rec.flags & MARSAD_RECORD_CAPITAL) ||
           (rec.kind == MARSAD_PLACE_KIND_CITY && rec.population >= 100000)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
all_hits_common (const MarsadNameHit *hits,
                 guint                n_hits)
{
  for (guint h = 0; h < n_hits; h++)
    {
      if (!(hits[h].flags & (MARSAD_NAME_COMMON_WORD | MARSAD_NAME_ENGLISH)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
record_is_notable_town (const MarsadGazetteerRecord *rec,
                        gconstpointer                data)
{
  return rec->population >= MARSAD_NOTABLE_TOWN_POPULATION;
}

static GArray *
candidates_new (guint reserved)
{
  return g_array_sized_new (FALSE, TRUE, sizeof (MarsadCandidate), reserved);
}

/* Names starting in words [from, to); a name may run on past to. They go
 * to the last array of pieces (one is made when there is none), a new one
 * begun when it holds piece_len. Their keys are interned in keys: a text
 * names the same few places again and again. */
static void
find_candidates_range (const MarsadGeoparser *self,
                       const MarsadDocument  *doc,
                       guint                  from,
                       guint                  to,
                       guint                  piece_len,
                       GPtrArray             *pieces,
                       GStringChunk          *keys)
{
  const MarsadNormalized *norm = doc->norm;
  GArray *candidates;
  g_autoptr(GString) key = g_string_sized_new (128);

  guint nested_until = 0;

  /* about one word in ten names a place in news; sized once */
  if (pieces->len == 0)
    g_ptr_array_add (pieces, candidates_new (MIN ((to - from) / 10 + 16, piece_len)));
  candidates = g_ptr_array_index (pieces, pieces->len - 1);
  for (guint i = from; i < to; )
    {
      Match m;
      MarsadCandidate c = { 0 };

      if (!match_at (self, norm, i, key, &m))
        {
          i++;
          continue;
        }

      /* "فعالية" is an event, not ف + عالية; "كلاوس" a man, not ك + Laos:
       * after ف or ك ("then", "like") only a country, a governorate or a
       * large city is read, and after ك a name of five letters or more */
      if (m.prefix_len > 0 && !split_is_plausible (self, norm, i, &m))
        {
          g_free (m.key);
          i++;
          continue;
        }

      /* a lone direction word (شمال) is no name; "جنوب لبنان" is */
      if (m.n_words == 1 && marsad_word_set_lookup (self->direction_words, norm, i, NULL) >= 0)
        {
          g_free (m.key);
          i++;
          continue;
        }

      /* "مدينة بئر السبع": the source's name with its feature word may be a
       * lesser record of the place; the name after it, with the word as a
       * cue, finds the city itself. (For bases and camps the full name is
       * the facility: "مخيم جنين" is not Jenin.) */
      if (m.n_words >= 2 && m.prefix_len == 0)
        {
          MarsadFeatureCue cue = marsad_geoparser_cue_at (self, norm, i);
          Match rest = { 0 };

          if ((cue == MARSAD_CUE_PLACE || cue == MARSAD_CUE_ADMIN || cue == MARSAD_CUE_DISTRICT) &&
              !marsad_hits_any (self->gazetteer, m.hits, m.n_hits, 0, record_is_notable, NULL) &&
              match_at (self, norm, i + 1, key, &rest) && rest.n_words >= m.n_words - 1 &&
              rest.prefix_len == 0)
            {
              g_free (m.key);
              m = rest;
              i++;
            }
          else
            g_free (rest.key);
        }

      c.first_word = i;
      c.in_directional = i < nested_until;
      /* "قاعدة عين الأسد", "قطاع غزة": the full name picks the record, but
       * the mention is the name after the feature word, which stays a cue —
       * as for "منطقة القائم", where the gazetteer knows only "القائم" */
      if (m.n_words >= 2 && m.prefix_len == 0 &&
          marsad_word_set_lookup (self->cue_words, norm, i, NULL) >= 0)
        {
          c.first_word = i + 1;
          m.prefix_len = 0;
        }

      c.last_word = i + m.n_words - 1;
      if (c.last_word > c.first_word &&
          marsad_word_set_lookup (self->epithets, norm, c.last_word, NULL) >= 0)
        c.last_word--;

      c.start = marsad_normalized_orig_offset (norm, c.first_word, m.prefix_len);
      c.key = g_string_chunk_insert_const (keys, m.key);
      g_clear_pointer (&m.key, g_free);
      c.hits = m.hits;
      c.n_hits = m.n_hits;
      c.record = -1;
      marsad_geoparser_find_cues (self, norm, &c);

      /* "عين زارة" with only "عين" known: the name is longer than what
       * the gazetteer has; the unknown-place pass may still catch it */
      if (c.first_word == c.last_word && c.continues &&
          marsad_word_set_lookup (self->name_heads, norm, c.first_word, NULL) >= 0)
        {
          i += m.n_words;
          continue;
        }

      /* an ordinary word with no feature word before it can only be
       * rejected later, unless it names a notable town that a place beside
       * it may confirm: don't carry the rest through the other stages */
      if (c.cue == MARSAD_CUE_NONE && all_hits_common (m.hits, m.n_hits))
        {
          c.needs_company = marsad_hits_any (self->gazetteer, m.hits, m.n_hits, MARSAD_NAME_ENGLISH,
                                             record_is_notable_town, NULL);
          if (!c.needs_company)
            {
              i += m.n_words;
              continue;
            }
        }
      if (candidates->len >= piece_len)
        {
          candidates = candidates_new (piece_len);
          g_ptr_array_add (pieces, candidates);
        }
      g_array_append_val (candidates, c);

      /* "جنوب لبنان", "وبجنوب لبنان" name a region and, inside it,
       * Lebanon: match on after the direction word too */
      if (m.n_words >= 2 &&
          marsad_word_set_lookup (self->direction_words, norm, i, NULL) >= 0 &&
          !marsad_hits_any (self->gazetteer, m.hits, m.n_hits, MARSAD_NAME_ENGLISH, marsad_record_is_country, NULL))
        {
          nested_until = i + m.n_words;
          i += 1;
          continue;
        }
      i += m.n_words;
    }
}

/* the second half of a large text is found in pieces of this many
 * candidates, each freed as soon as it is appended to the first half's:
 * the second half is never held twice over (on a text of nothing but
 * names, holding it twice was a fifth of the peak) */
#define PIECE_CANDIDATES 65536

typedef struct
{
  const MarsadGeoparser *self;
  const MarsadDocument  *doc;
  guint                  from;
  guint                  to;
  GStringChunk          *keys;
} RangeJob;

static gpointer
find_candidates_thread (gpointer data)
{
  const RangeJob *job = data;
  GPtrArray *pieces = g_ptr_array_new ();   /* each piece unreffed by find_candidates */

  find_candidates_range (job->self, job->doc, job->from, job->to, PIECE_CANDIDATES, pieces, job->keys);
  return pieces;
}

/* Matching is word by word and reads only shared, immutable data: on a
 * large text the second half goes to another thread, with keys of its own
 * (second_keys) */
GArray *
marsad_geoparser_find_candidates (const MarsadGeoparser *self,
                                  const MarsadDocument  *doc,
                                  GStringChunk          *keys,
                                  GStringChunk          *second_keys)
{
  guint n_words = doc->norm->words->len;
  RangeJob second = { self, doc, n_words / 2, n_words, second_keys };
  g_autoptr(GThread) thread = NULL;
  g_autoptr(GPtrArray) firsts = g_ptr_array_new ();
  g_autoptr(GPtrArray) rest = NULL;
  GArray *first;
  guint covered = 0;

  if (n_words < 40000)
    {
      find_candidates_range (self, doc, 0, n_words, G_MAXUINT, firsts, keys);
      return g_ptr_array_index (firsts, 0);
    }

  thread = g_thread_new ("marsad-places", find_candidates_thread, &second);
  find_candidates_range (self, doc, 0, second.from, G_MAXUINT, firsts, keys);
  first = g_ptr_array_index (firsts, 0);
  rest = g_thread_join (g_steal_pointer (&thread));

  /* a name of the first half may run into the second: drop what the second
   * half found inside it */
  if (first->len > 0)
    covered = g_array_index (first, MarsadCandidate, first->len - 1).last_word + 1;
  for (guint k = 0; k < rest->len; k++)
    {
      GArray *piece = g_ptr_array_index (rest, k);

      for (guint i = 0; i < piece->len; i++)
        {
          MarsadCandidate *c = &g_array_index (piece, MarsadCandidate, i);

          if (c->first_word < covered)
            continue;
          g_array_append_vals (first, c, 1);
        }
      g_array_unref (piece);
      /* the second thread's pieces sit in its heap among the names'
       * keys: freed, they stay resident unless given back */
#if defined (__GLIBC__)
      malloc_trim (0);
#endif
    }
  return first;
}

