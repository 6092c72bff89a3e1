/* marsad-inflect.c: the dual forms of a lexicon's patterns, and the forms
 * of its past-tense verbs
 *
 * The lexicons list singulars and plurals; Arabic news as often counts two
 * ("غارتين", "سقطت قذيفتان", "استهدفتا"), and a dual form missing from a
 * lexicon makes no event. A verb agrees with its subject: «قتلت قوات…»,
 * «قصفوا», «أعدمت». Deriving these here keeps one row per word.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-inflect.h"

static gboolean
is_plural (const char *word)
{
  return g_str_has_suffix (word, "ات") || g_str_has_suffix (word, "ون") || g_str_has_suffix (word, "ين");
}

/* word with its last letter (taa marbuta) replaced, or suffix appended */
static char *
with_suffix (const char *word,
             const char *suffix)
{
  if (g_str_has_suffix (word, "ة"))
    return g_strdup_printf ("%.*sت%s", (int) (strlen (word) - strlen ("ة")), word, suffix);
  return g_strconcat (word, suffix, NULL);
}

static char *
inflect_all (char      **words,
             const char *suffix)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  /* the noun and its adjectives agree; "طائرة بدون طيار" keeps the rest */
  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (out, i == 0 || g_str_has_suffix (words[i], "ة") || g_str_has_suffix (words[i], "ي")
                            ? with_suffix (words[i], suffix) : g_strdup (words[i]));
  g_ptr_array_add (out, NULL);
  return g_strjoinv (" ", (char **) out->pdata);
}

char **
marsad_inflect_duals (const char *pattern)
{
  g_auto(GStrv) words = g_strsplit (pattern, " ", -1);
  GPtrArray *out = g_ptr_array_new ();
  guint n = g_strv_length (words);

  /* the head noun decides: "طائرة بدون طيار" is singular */
  if (n == 0 || words[0][0] == '\0' || is_plural (words[0]))
    {
      g_ptr_array_add (out, NULL);
      return (char **) g_ptr_array_free (out, FALSE);
    }
  if (n == 1 && g_str_has_suffix (words[0], "ت") && !g_str_has_suffix (words[0], "ات"))
    g_ptr_array_add (out, g_strconcat (words[0], "ا", NULL));   /* استهدفتا */
  else
    {
      g_ptr_array_add (out, inflect_all (words, "ين"));
      g_ptr_array_add (out, inflect_all (words, "ان"));
      if (n == 1 && !g_str_has_suffix (words[0], "ة"))
        g_ptr_array_add (out, g_strconcat (words[0], "ا", NULL)); /* اشتبكا */
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

char **
marsad_inflect_verb (const char *pattern)
{
  static const char * const endings[] = { "", "ت", "وا", "ا", "تا" };
  const char *rest = strchr (pattern, ' ');
  g_autofree char *verb = rest != NULL ? g_strndup (pattern, (gsize) (rest - pattern)) : g_strdup (pattern);
  g_autofree char *stem = NULL;
  GPtrArray *out = g_ptr_array_new ();

  /* listed in any person: the third-person stem beneath it; the words
   * after the verb («أطلق … النار») stay as they are */
  if (verb[0] == '\0')
    {
      g_ptr_array_add (out, NULL);
      return (char **) g_ptr_array_free (out, FALSE);
    }
  if (g_str_has_suffix (verb, "وا"))
    stem = g_strndup (verb, strlen (verb) - strlen ("وا"));
  else if (g_str_has_suffix (verb, "ت"))
    stem = g_strndup (verb, strlen (verb) - strlen ("ت"));
  else
    stem = g_strdup (verb);
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      char *form = g_strconcat (stem, endings[i], rest, NULL);

      if (strcmp (form, pattern) == 0)
        g_free (form);
      else
        g_ptr_array_add (out, form);
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}
