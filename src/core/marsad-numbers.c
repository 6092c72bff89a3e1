/* marsad-numbers.c: cardinal numbers written in Arabic words or digits
 *
 * The tables are folded forms (ة→ه, أ/إ/آ→ا, ى→ي, ئ→ي) so they compare
 * directly with MarsadWordView stems.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-normalize.h"
#include "marsad-numbers.h"

typedef struct
{
  const char *word;
  int         value;
} NumberWord;

/* 1–10; feminine and masculine forms, nominative and oblique */
static const NumberWord units[] = {
  { "واحد", 1 }, { "واحده", 1 },
  { "اثنان", 2 }, { "اثنين", 2 }, { "اثنتان", 2 }, { "اثنتين", 2 }, { "اثنا", 2 }, { "اثني", 2 },
  { "اثنتا", 2 }, { "اثنتي", 2 },
  { "ثلاث", 3 }, { "ثلاثه", 3 }, { "اربع", 4 }, { "اربعه", 4 }, { "خمس", 5 }, { "خمسه", 5 },
  { "ست", 6 }, { "سته", 6 }, { "سبع", 7 }, { "سبعه", 7 },
  { "ثماني", 8 }, { "ثمان", 8 }, { "ثمانيه", 8 }, { "تسع", 9 }, { "تسعه", 9 },
  { "عشر", 10 }, { "عشره", 10 },
};

static const NumberWord tens[] = {
  { "عشرون", 20 }, { "عشرين", 20 }, { "ثلاثون", 30 }, { "ثلاثين", 30 },
  { "اربعون", 40 }, { "اربعين", 40 }, { "خمسون", 50 }, { "خمسين", 50 },
  { "ستون", 60 }, { "ستين", 60 }, { "سبعون", 70 }, { "سبعين", 70 },
  { "ثمانون", 80 }, { "ثمانين", 80 }, { "تسعون", 90 }, { "تسعين", 90 },
};

/* whole hundreds, written as one word */
static const NumberWord hundreds[] = {
  { "ميه", 100 }, { "مايه", 100 }, { "ميتان", 200 }, { "ميتين", 200 }, { "مايتان", 200 },
  { "مايتين", 200 }, { "ثلاثميه", 300 }, { "ثلاثمايه", 300 }, { "اربعميه", 400 },
  { "اربعمايه", 400 }, { "خمسميه", 500 }, { "خمسمايه", 500 }, { "ستميه", 600 },
  { "ستمايه", 600 }, { "سبعميه", 700 }, { "سبعمايه", 700 }, { "ثمانميه", 800 },
  { "ثمانمايه", 800 }, { "تسعميه", 900 }, { "تسعمايه", 900 },
};

/* Vague quantities. The figures follow ACLED's codebook convention for
 * unspecific reports ("dozens" = 10, "hundreds" = 100) and a cautious 3 for
 * "a few"; they are flagged approximate so callers can tell. */
static const NumberWord vague[] = {
  { "عشرات", 10 }, { "ميات", 100 }, { "مايات", 100 }, { "الاف", 1000 },
  { "بضعه", 3 }, { "بضع", 3 }, { "عده", 3 },
};

/* Nouns whose dual is unambiguous (the plural is a different pattern), so
 * "شخصين" can only mean two persons. Forms: dual oblique, dual nominative. */
typedef struct
{
  const char *dual_oblique;
  const char *dual_nominative;
  const char *noun;
} DualNoun;

static const DualNoun duals[] = {
  { "شخصين", "شخصان", "شخص" }, { "قتيلين", "قتيلان", "قتيل" },
  { "جريحين", "جريحان", "جريح" }, { "جنديين", "جنديان", "جندي" },
  { "طفلين", "طفلان", "طفل" }, { "رجلين", "رجلان", "رجل" },
  { "امراتين", "امراتان", "امراه" }, { "عنصرين", "عنصران", "عنصر" },
  { "شهيدين", "شهيدان", "شهيد" }, { "شابين", "شابان", "شاب" },
  { "ضابطين", "ضابطان", "ضابط" }, { "طفلتين", "طفلتان", "طفله" },
  { "صاروخين", "صاروخان", "صاروخ" }, { "طايرتين", "طايرتان", "طايره" },
  { "مسيرتين", "مسيرتان", "مسيره" }, { "قذيفتين", "قذيفتان", "قذيفه" },
  { "غارتين", "غارتان", "غاره" }, { "ضربتين", "ضربتان", "ضربه" },
  { "هجومين", "هجومان", "هجوم" }, { "سفينتين", "سفينتان", "سفينه" },
  { "يومين", "يومان", "يوم" }, { "اسبوعين", "اسبوعان", "اسبوع" },
  { "شهرين", "شهران", "شهر" }, { "عامين", "عامان", "عام" },
  { "سنتين", "سنتان", "سنه" }, { "ساعتين", "ساعتان", "ساعه" },
  /* bodies found: "جثتين", "جثتي راعيين" (the construct state) */
  { "جثتين", "جثتان", "جثه" }, { "جثتي", "جثتا", "جثه" },
};

/* Nouns whose oblique dual is written like their sound plural ("مدنيين"
 * is two civilians or many): only the nominative dual is a figure. */
static const DualNoun nominative_duals[] = {
  { NULL, "مدنيان", "مدني" }, { NULL, "مسلحان", "مسلح" }, { NULL, "مقاتلان", "مقاتل" },
  { NULL, "صحفيان", "صحفي" }, { NULL, "عسكريان", "عسكري" }, { NULL, "مسعفان", "مسعف" },
  { NULL, "متظاهران", "متظاهر" }, { NULL, "مواطنان", "مواطن" }, { NULL, "مزارعان", "مزارع" },
  { NULL, "فلسطينيان", "فلسطيني" }, { NULL, "اسراييليان", "اسراييلي" }, { NULL, "شرطيان", "شرطي" },
};

static int
lookup (const NumberWord *table,
        gsize             n,
        const char       *word)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (table[i].word, word) == 0)
      return table[i].value;
  return -1;
}

/* "وعشرين" continues "خمسة وعشرين": the conjunction is glued */
static const char *
strip_wa (const char *word)
{
  if (g_str_has_prefix (word, "و") && strlen (word) > strlen ("و") + 2)
    return word + strlen ("و");
  return word;
}

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* thousands after a count: ثلاثة آلاف, ألفين, "35 ألفاً" */
static gint64
thousands_after (const char * const *words,
                 guint               n_words,
                 guint              *i)
{
  if (*i < n_words && (strcmp (words[*i], "الاف") == 0 || strcmp (words[*i], "الف") == 0 ||
                       strcmp (words[*i], "الفا") == 0))
    {
      (*i)++;
      return 1000;
    }
  return 1;
}

static int lookup (const NumberWord *table, gsize n, const char *word);
static gboolean all_digits (const char *s);

/* What "و" adds after thousands: "35 ألفاً و562", "ثلاثة آلاف وخمسمئة";
 * 0 when the next word does not continue the number. */
static gint64
remainder_after (const char * const *words,
                 guint               n_words,
                 guint              *i)
{
  const char *next;
  gint64 v = -1;

  if (*i >= n_words || !g_str_has_prefix (words[*i], "و"))
    return 0;
  next = words[*i] + strlen ("و");
  if (all_digits (next) && strlen (next) <= 3)
    v = g_ascii_strtoll (next, NULL, 10);
  else if ((v = lookup (hundreds, G_N_ELEMENTS (hundreds), next)) <= 0 &&
           (v = lookup (tens, G_N_ELEMENTS (tens), next)) <= 0)
    v = lookup (units, G_N_ELEMENTS (units), next);
  if (v <= 0 || v >= 1000)
    return 0;
  (*i)++;
  return v;
}

/* the count times its thousands, and what follows them */
static gint64
scaled (const char * const *words,
        guint               n_words,
        guint              *i,
        gint64              value)
{
  gint64 k = thousands_after (words, n_words, i);

  return value * k + (k > 1 ? remainder_after (words, n_words, i) : 0);
}

gboolean
marsad_number_parse (const char * const *words,
                     guint               n_words,
                     MarsadNumber       *out)
{
  const char *w;
  gint64 value = -1;
  guint i = 1;
  int v;

  g_return_val_if_fail (out != NULL, FALSE);
  memset (out, 0, sizeof *out);
  if (n_words == 0 || words[0] == NULL)
    return FALSE;
  w = words[0];

  if (all_digits (w))
    {
      if (strlen (w) > 12)
        return FALSE;
      value = g_ascii_strtoll (w, NULL, 10);
      value = scaled (words, n_words, &i, value);
      out->kind = MARSAD_NUMBER_EXACT;
    }
  else if ((v = lookup (hundreds, G_N_ELEMENTS (hundreds), w)) > 0 ||
           ((v = lookup (tens, G_N_ELEMENTS (tens), w)) > 0))
    {
      value = v;
      /* مية وخمسون */
      if (v >= 100 && i < n_words)
        {
          const char *next = strip_wa (words[i]);
          int t = lookup (tens, G_N_ELEMENTS (tens), next);
          int u = lookup (units, G_N_ELEMENTS (units), next);

          if (t > 0 || u > 0)
            {
              value += t > 0 ? t : u;
              i++;
            }
        }
      value = scaled (words, n_words, &i, value);
    }
  else if ((v = lookup (units, G_N_ELEMENTS (units), w)) > 0)
    {
      value = v;
      if (i < n_words)
        {
          const char *next = strip_wa (words[i]);
          int t;

          if (v < 10 && (strcmp (words[i], "عشر") == 0 || strcmp (words[i], "عشره") == 0))
            {
              value = 10 + v;            /* ثلاثة عشر */
              i++;
            }
          else if (v < 10 && next != words[i] && (t = lookup (tens, G_N_ELEMENTS (tens), next)) > 0)
            {
              value = v + t;             /* خمسة وعشرين */
              i++;
            }
          else if (v < 10 && (strcmp (words[i], "ميه") == 0 || strcmp (words[i], "مايه") == 0))
            {
              value = v * 100;           /* ثلاث مية */
              i++;
            }
        }
      value = scaled (words, n_words, &i, value);
    }
  else if (strcmp (w, "احد") == 0 && n_words > 1 &&
           (strcmp (words[1], "عشر") == 0 || strcmp (words[1], "عشره") == 0))
    {
      value = 11;                         /* "احد" alone is "one of", not a count */
      i = 2;
    }
  else if (strcmp (w, "احدي") == 0 && n_words > 1 && strcmp (words[1], "عشره") == 0)
    {
      value = 11;
      i = 2;
    }
  else if (strcmp (w, "الف") == 0)
    value = 1000 + remainder_after (words, n_words, &i);
  else if (strcmp (w, "الفين") == 0 || strcmp (w, "الفان") == 0)
    value = 2000;
  else if ((v = lookup (vague, G_N_ELEMENTS (vague), w)) > 0)
    {
      out->value = v;
      out->n_words = 1;
      out->kind = MARSAD_NUMBER_APPROXIMATE;
      return TRUE;
    }
  else
    {
      for (gsize d = 0; d < G_N_ELEMENTS (duals); d++)
        if (strcmp (w, duals[d].dual_oblique) == 0 || strcmp (w, duals[d].dual_nominative) == 0)
          {
            out->value = 2;
            out->n_words = 1;
            out->kind = MARSAD_NUMBER_DUAL;
            out->noun = duals[d].noun;
            return TRUE;
          }
      for (gsize d = 0; d < G_N_ELEMENTS (nominative_duals); d++)
        if (strcmp (w, nominative_duals[d].dual_nominative) == 0)
          {
            out->value = 2;
            out->n_words = 1;
            out->kind = MARSAD_NUMBER_DUAL;
            out->noun = nominative_duals[d].noun;
            return TRUE;
          }
      return FALSE;
    }

  out->value = value;
  out->n_words = i;
  out->kind = MARSAD_NUMBER_EXACT;
  return value >= 0;
}

GPtrArray *
marsad_number_words (void)
{
  static const char * const others[] = { "احد", "احدي", "الف", "الفين", "الفان" };
  const struct { const NumberWord *table; gsize n; } tables[] = {
    { units, G_N_ELEMENTS (units) }, { tens, G_N_ELEMENTS (tens) },
    { hundreds, G_N_ELEMENTS (hundreds) }, { vague, G_N_ELEMENTS (vague) },
  };
  GPtrArray *words = g_ptr_array_new ();

  for (gsize t = 0; t < G_N_ELEMENTS (tables); t++)
    for (gsize i = 0; i < tables[t].n; i++)
      g_ptr_array_add (words, (gpointer) tables[t].table[i].word);
  for (gsize d = 0; d < G_N_ELEMENTS (duals); d++)
    {
      g_ptr_array_add (words, (gpointer) duals[d].dual_oblique);
      g_ptr_array_add (words, (gpointer) duals[d].dual_nominative);
    }
  for (gsize d = 0; d < G_N_ELEMENTS (nominative_duals); d++)
    g_ptr_array_add (words, (gpointer) nominative_duals[d].dual_nominative);
  for (gsize i = 0; i < G_N_ELEMENTS (others); i++)
    g_ptr_array_add (words, (gpointer) others[i]);
  return words;
}

gboolean
marsad_number_parse_string (const char   *utf8,
                            MarsadNumber *out)
{
  g_autofree char *folded = marsad_normalize_string (utf8);
  g_auto(GStrv) words = NULL;
  guint n;

  g_return_val_if_fail (out != NULL, FALSE);
  if (folded == NULL)
    return FALSE;
  words = g_strsplit (folded, " ", -1);
  n = g_strv_length (words);
  /* the whole string must be the number */
  return marsad_number_parse ((const char * const *) words, n, out) && out->n_words == n;
}
