/* marsad-roles.c: what each place mention does in its sentence
 *
 * A name at the head of a paragraph followed by a dash or colon is a
 * dateline (بيروت - وكالات). A country or capital that speaks or acts
 * (واستنكرت بغداد، حليفة واشنطن، أعلنت طهران) is an actor, a metonym for its
 * government. Everything else is context until the event extractor marks
 * the sites of events. (Names that are no place's: marsad-geoparser-names.c.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "marsad-geoparser-private.h"

static const char * const prepositions[] = {
  "في", "من", "الي", "علي", "عن", "مع", "داخل", "خارج", "قرب", "نحو", "حول", "بين", NULL
};

/* Verbs whose subject, right after them, is a government when the name is a
 * country or a capital (feminine and masculine, past and present). */
static const char * const actor_verbs[] = {
  "استنكرت", "استنكر", "تستنكر", "اعلنت", "اعلن", "تعلن", "قالت", "قال", "تقول",
  "اكدت", "اكد", "تؤكد", "توكد", "اتهمت", "اتهم", "تتهم", "طالبت", "طالب", "تطالب",
  "دعت", "دعا", "تدعو", "رفضت", "رفض", "ترفض", "ادانت", "ادان", "تدين", "حذرت", "حذر",
  "تحذر", "نفت", "نفي", "تنفي", "هددت", "هدد", "تهدد", "ردت", "رد", "ترد", "وافقت",
  "وافق", "توافق", "اعتبرت", "اعتبر", "تعتبر", "ابلغت", "ابلغ", "طلبت", "طلب", "تطلب",
  "ارسلت", "ارسل", "ترسل", "نقلت", "قررت", "قرر", "تقرر", "سحبت", "سحب", "تسحب",
  "فرضت", "فرض", "تفرض", "وقعت", "وقع", "توقع", "شنت", "شن", "تشن", "نفذت", "نفذ",
  "اعربت", "اعرب", "تعرب", "استدعت", "استدعي", "تستدعي", "ادعت", "زعمت", "هاجمت",
  "تسعي", "سعت", "حاولت", "تحاول", "ابدت", "عرضت", "تعرض", "اقترحت", "تقترح",
  "رحبت", "رحب", "ترحب", "تنشر", "نشرت", "اسقطت", "استهدفت", "قصفت", "تقصف",
  "اعترفت", "تعترف", "نددت", "ندد", "تندد", "شجبت", "شجب", "تشجب", "اعادت", "تريد",
  "ارادت", "تواصل", "واصلت", "تمتلك", "تملك", "تعهدت", "تتعهد", "اتفقت", "تتفق",
  /* blame: "حمّلت دمشق أنقرة المسؤولية"; "نسبتها طهران": blame_verbs */
  "حملت", "تحمل",
  NULL
};

/* "نسبتها طهران إلى إسرائيل": who blames, and who is blamed after إلى, act */
static const char * const blame_verbs[] = {
  "نسبت", "نسبتها", "نسبته", "نسبها", "نسبه", "تنسب", "تنسبها", "تنسبه", "نسب",
  NULL
};

static const char * const ally_words[] = {
  "حليفه", "حليف", "حلفاء", "حليفتها", "حليفتي", "حليفها", "خصم", "خصوم", "عدو", "اعداء", NULL
};

static const char * const complementizers[] = { "ان", "لان", NULL };

void
marsad_geoparser_init_role_words (MarsadGeoparser *self)
{
  self->prepositions = marsad_word_set_new (prepositions);
  self->actor_verbs = marsad_word_set_new (actor_verbs);
  self->ally_words = marsad_word_set_new (ally_words);
  self->blame_verbs = marsad_word_set_new (blame_verbs);
  self->complementizers = marsad_word_set_new (complementizers);
}

/* "نسبتها طهران إلى إسرائيل", "تنسب وسائل إعلام رسمية الهجوم إلى إسرائيل" */
static gboolean
is_blamed (const MarsadGeoparser  *self,
           const MarsadNormalized *norm,
           const MarsadCandidate  *c)
{
  if (!marsad_geoparser_word_before_is (norm, c, 1, self->route_to))
    return FALSE;
  for (guint d = 2; d <= 6; d++)
    if (marsad_geoparser_word_before_is (norm, c, d, self->blame_verbs))
      return TRUE;
  return FALSE;
}

/* A paragraph that opens with a name and a dash, colon or parenthesis. */
static gboolean
is_dateline (const MarsadDocument  *doc,
             const MarsadCandidate *c)
{
  guint k = c->start, end;

  while (k > 0 && doc->chars[k - 1] != '\n')
    {
      k--;
      if (!g_unichar_isspace (doc->chars[k]))
        return FALSE;
    }
  end = marsad_candidate_end (doc->norm, c);
  for (k = end; k < doc->n_chars && k < end + 4; k++)
    {
      gunichar ch = doc->chars[k];

      if (ch == '-' || ch == 0x2013 || ch == 0x2014 || ch == 0x0640 || ch == ':' || ch == '(')
        return TRUE;
      if (!g_unichar_isspace (ch) || ch == '\n')
        return FALSE;
    }
  return FALSE;
}

static gboolean
comma_after (const MarsadDocument  *doc,
             const MarsadCandidate *c)
{
  guint end = marsad_candidate_end (doc->norm, c);

  for (guint k = end; k < doc->n_chars && k < end + 3; k++)
    {
      if (doc->chars[k] == 0x060C || doc->chars[k] == ',')
        return TRUE;
      if (!g_unichar_isspace (doc->chars[k]))
        return FALSE;
    }
  return FALSE;
}

void
marsad_geoparser_assign_roles (const MarsadGeoparser *self,
                               const MarsadDocument  *doc,
                               GArray                *candidates)
{
  const MarsadNormalized *norm = doc->norm;

  for (guint i = 0; i < candidates->len; i++)
    {
      MarsadCandidate *c = &g_array_index (candidates, MarsadCandidate, i);
      MarsadGazetteerRecord rec;
      gboolean can_act;

      c->role = MARSAD_ROLE_CONTEXT;
      if (c->dropped || c->record < 0 ||
          !marsad_gazetteer_get_record (self->gazetteer, (guint32) c->record, &rec))
        continue;

      if (is_dateline (doc, c))
        {
          c->role = MARSAD_ROLE_DATELINE;
          continue;
        }

      /* only governments act through a place's name */
      can_act = rec.kind == MARSAD_PLACE_KIND_COUNTRY || (rec.flags & MARSAD_RECORD_CAPITAL);
      if (!can_act || c->direction != MARSAD_DIRECTION_NONE || c->cue != MARSAD_CUE_NONE)
        continue;

      /* "وفي العراق، قصفت الطائرات": a place after a preposition, or a
       * clause's opening set off by a comma, is where, not who */
      if (marsad_geoparser_word_before_is (norm, c, 1, self->actor_verbs) ||
          marsad_geoparser_word_before_is (norm, c, 1, self->blame_verbs) ||
          marsad_geoparser_word_before_is (norm, c, 1, self->ally_words) ||
          marsad_geoparser_word_before_is (norm, c, 1, self->complementizers) ||
          (marsad_geoparser_word_after_is (norm, c, self->actor_verbs) && !marsad_geoparser_word_before_is (norm, c, 1, self->prepositions) &&
           !comma_after (doc, c)) ||
          is_blamed (self, norm, c))
        c->role = MARSAD_ROLE_ACTOR;
    }
}
