/* marsad-geoparser-unknown-names.c: which words after a settlement word
 * name a place — not a function word, a direction, an adjective agreeing
 * with the head, nor what only folds like a name. Split from
 * marsad-geoparser-unknown.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-unknown-private.h"

static gboolean
word_is_arabic (const MarsadNormalized *norm,
                guint                   w)
{
  gunichar c = norm->chars[g_array_index (norm->words, MarsadWord, w).norm_start];

  return c >= 0x0621 && c <= 0x064A;
}

gboolean
marsad_unknown_word_has_article (const MarsadNormalized *norm,
                                 guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);
  const gunichar *c = norm->chars + mw->norm_start;

  return mw->norm_end - mw->norm_start > 3 && c[0] == 0x0627 && c[1] == 0x0644;
}

/* "الحدودية", "الشرقي": an adjective agreeing with the settlement word */
static gboolean
word_is_nisba (const MarsadNormalized *norm,
               guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);
  const gunichar *c = norm->chars + mw->norm_start;
  guint len = mw->norm_end - mw->norm_start;

  return (len > 3 && c[len - 2] == 0x064A && c[len - 1] == 0x0647) ||   /* ...يه */
         (len > 4 && marsad_unknown_word_has_article (norm, w) && c[len - 1] == 0x064A) || /* ال...ي */
         (len > 3 && c[len - 1] == 0x064A && c[len - 2] != 0x0627);        /* "شعبي", "تجاري" */
}

/* word w reads as one of set's words; a list's item after و is read with
 * that و alone: "ولبين" is و + a name, not و + ل + "بين" */
static gboolean
in_set (const MarsadWordSet    *set,
        const MarsadNormalized *norm,
        guint                   w,
        gboolean                after_wa)
{
  guint prefix = 0;

  return marsad_word_set_lookup (set, norm, w, &prefix) >= 0 && (!after_wa || prefix <= 1);
}

/* "سوق للكتاب", "مخيم للنازحين": ل with the article says what the place
 * is for; a name never opens so */
static gboolean
word_opens_lil (const MarsadNormalized *norm,
                guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);
  const gunichar *c = norm->chars + mw->norm_start;

  return mw->norm_end - mw->norm_start > 3 && c[0] == 0x0644 && c[1] == 0x0644;
}

/* "حاجز لـ«قسد»": a letter alone is a proclitic cut from its word */
static gboolean
is_single_letter (const MarsadNormalized *norm,
                  guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);

  return mw->norm_end - mw->norm_start < 2;
}

/* "ميناء توقفها": a noun with a pronoun ("its", "their") is no name */
static gboolean
ends_in_pronoun (const MarsadNormalized *norm,
                 guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);
  const gunichar *c = norm->chars + mw->norm_start;
  guint len = mw->norm_end - mw->norm_start;

  return len >= 5 && c[len - 2] == 0x0647 && (c[len - 1] == 0x0627 || c[len - 1] == 0x0645);   /* ها هم */
}

static gboolean
can_name_word (const MarsadGeoparser  *self,
               const MarsadWordSet    *not_name,
               const MarsadNormalized *norm,
               guint                   w,
               const guint8           *known,
               gboolean                after_wa,
               gboolean                nisba_ok)
{
  return w < norm->words->len && !known[w] && word_is_arabic (norm, w) && !word_opens_lil (norm, w) &&
         !is_single_letter (norm, w) && !ends_in_pronoun (norm, w) &&
         !in_set (self->function_words, norm, w, after_wa) && !in_set (self->locatives, norm, w, after_wa) &&
         !in_set (self->direction_words, norm, w, after_wa) && !in_set (self->cue_words, norm, w, after_wa) &&
         !in_set (not_name, norm, w, after_wa) &&
         /* in a list, "والعجمي" is a name: adjectives do not take و */
         (nisba_ok || !word_is_nisba (norm, w));
}

gboolean
marsad_unknown_can_name_item (const MarsadGeoparser  *self,
                              const MarsadWordSet    *not_name,
                              const MarsadNormalized *norm,
                              guint                   w,
                              const guint8           *known,
                              gboolean                after_wa)
{
  return can_name_word (self, not_name, norm, w, known, after_wa, after_wa);
}

gboolean
marsad_unknown_can_name (const MarsadGeoparser  *self,
                         const MarsadWordSet    *not_name,
                         const MarsadNormalized *norm,
                         guint                   w,
                         const guint8           *known)
{
  return marsad_unknown_can_name_item (self, not_name, norm, w, known, FALSE);
}

/* the last letter as written, past any harakat or tatweel */
static gunichar
last_letter (const MarsadNormalized *norm,
             guint                   w)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, w);

  for (guint i = mw->end; i > mw->start; i--)
    {
      gunichar c = norm->orig[i - 1];

      if (!((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640))
        return c;
    }
  return 0;
}

/* "بلده" folds like "بلدة" but is "his country", definite, and takes a
 * definite adjective ("في بلده الثاني"): the head as written ends in ه */
static gboolean
head_ends_in_ha (const MarsadNormalized *norm,
                 guint                   w)
{
  return last_letter (norm, w) == 0x0647;
}

/* "منطقة برواري", "قرية كاني": an adjective after a feminine head is
 * feminine ("منطقة حدودية", "قرية صغرى"), so an indefinite word ending in
 * a masculine nisba's ي there is a name */
gboolean
marsad_unknown_masculine_after_feminine (const MarsadNormalized *norm,
                                         guint                   head)
{
  const MarsadWord *mw = &g_array_index (norm->words, MarsadWord, head + 1);
  const gunichar *c = norm->chars + mw->norm_start;
  guint len = mw->norm_end - mw->norm_start;

  /* "في منطقة تعاني من": a present verb opening a relative clause */
  if (c[0] == 0x062A || c[0] == 0x064A || c[0] == 0x0646)   /* ت ي ن */
    return FALSE;
  return last_letter (norm, head) == 0x0629 &&   /* ة */
         last_letter (norm, head + 1) == 0x064A && len > 3 && c[len - 2] != 0x064A &&
         !marsad_unknown_word_has_article (norm, head + 1);
}

/* The word right after a settlement word in construct ("حي الدحي"): an
 * indefinite head takes no definite adjective, so a word with the article
 * there is a name even when it ends like a nisba ("الشجاعية") */
static gboolean
can_name_construct (const MarsadGeoparser  *self,
                    const MarsadWordSet    *not_name,
                    const MarsadNormalized *norm,
                    guint                   head,
                    const guint8           *known)
{
  gboolean definite_after = marsad_unknown_word_has_article (norm, head + 1) && !head_ends_in_ha (norm, head);

  return can_name_word (self, not_name, norm, head + 1, known, FALSE,
                        definite_after || marsad_unknown_masculine_after_feminine (norm, head));
}

/* The name after a settlement word at w: one word, and a second one with
 * the article that is no adjective ("عيتا الشعب"). */
gboolean
marsad_unknown_name_after (const MarsadGeoparser  *self,
                           const MarsadWordSet    *not_name,
                           const MarsadWordSet    *heads,
                           const MarsadNormalized *norm,
                           guint                   w,
                           const guint8           *known,
                           Mention                *m)
{
  const MarsadWord *a, *b;

  if (w + 1 >= norm->words->len)
    return FALSE;
  a = &g_array_index (norm->words, MarsadWord, w);
  b = &g_array_index (norm->words, MarsadWord, w + 1);
  if (!marsad_words_adjacent (norm, a, b) || !can_name_construct (self, not_name, norm, w, known))
    return FALSE;
  m->first_word = m->last_word = w + 1;
  m->prefix = 0;
  m->head_start = 0;
  m->tail_end = 0;
  if (w + 2 < norm->words->len &&
      marsad_words_adjacent (norm, b, &g_array_index (norm->words, MarsadWord, w + 2)) &&
      (marsad_unknown_word_has_article (norm, w + 2) || marsad_word_set_lookup (heads, norm, w + 1, NULL) >= 0) &&
      marsad_unknown_can_name (self, not_name, norm, w + 2, known))
    m->last_word = w + 2;
  return TRUE;
}
