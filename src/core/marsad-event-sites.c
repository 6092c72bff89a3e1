/* marsad-event-sites.c: which place mentions of a sentence can be an
 * event's site (not a reference point, a backer, a source's seat or a
 * destination), and what a trigger word's neighbours say of it (a cause
 * answered, an aggregate, a retelling). Split from marsad-event-build.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-event-private.h"
#include "marsad-numbers.h"

static const char * const demonstratives[] = { "هذه", "هذا", "تلك", "ذلك", "ذات", "نفس", NULL };

static const char * const distance_words[] = {
  "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "ميل", "اميال", "متر", "مترا", "امتار", NULL,
};
static const char * const reference_words[] = {
  "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "مقربه",
  "الحدود", "حدود", "محاذاه", "مشارف", "قباله", NULL,
};
/* "مدعومة من إيران", "موالية لإيران", "حليفة واشنطن": a backer, never a site */
static const char * const affiliation_words[] = {
  "مدعوم", "مدعومه", "المدعوم", "المدعومه", "موالي", "مواليه", "الموالي", "المواليه", "حليف",
  "حليفه", "الحليف", "الحليفه", "التابع", "التابعه", "تابع", "تابعه", "المقرب", "المقربه",
  "الداعم", "الداعمه", "مواليه", "المدعومين", "الموالين", NULL,
};
/* what lies in a place: "قرية تابعة لـ…" */
static const char * const settlement_words[] = {
  "قريه", "قري", "بلده", "بلدات", "مدينه", "منطقه", "مناطق", "حي", "احياء", "مخيم", "ناحيه",
  "قضاء", "محليه", "قريتين", "قريتان", "بلدتين", "بلدتان", "منطقتين", NULL,
};
/* what is fired at a place: "صاروخ باتجاه جازان" is where it fell or was
 * shot down, the site; "أطلقت من الطارمية" is where it was launched from */
static const char * const projectile_words[] = {
  "صاروخ", "صواريخ", "صاروخا", "صاروخين", "صاروخان", "قذيفه", "قذايف", "مسيره", "مسيرات", "طايره",
  "طايرات", "اطلق", "اطلقت", "اطلقوا", "اطلاق", "اطلقها", "واحد", "واحدا", "اثنان", "اثنين", "منها",
  NULL,
};
static const char * const launch_words[] = {
  "اطلق", "اطلقت", "اطلقوا", "اطلاق", "انطلق", "انطلقت", "اطلقها", "اطلقه", NULL,
};

static gboolean
fired_at (const MarsadEventRun *run,
          guint                 toward)
{
  for (guint d = 1; d <= 6 && d <= toward; d++)
    {
      if (!marsad_event_run_same_sentence (run, toward - d, toward))
        break;
      if (marsad_event_run_form_is (run, toward - d, projectile_words))
        return TRUE;
      if (d == 1 && marsad_word_view_may_be (run->view, toward - 1, MARSAD_WORD_DIGITS))
        {
          const char *f = marsad_word_view_stem (run->view, toward - 1, 1);

          if (f != NULL && f[0] >= '0' && f[0] <= '9')
            return TRUE;
        }
    }
  return FALSE;
}

/* "أُطلقت من منطقة الطارمية": the launch site, context when the sentence
 * names the target after it */
static gboolean
launched_from (const MarsadEventRun *run,
               const MarsadPlaceRef *ref)
{
  for (guint d = 1; d <= 3 && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first))
        break;
      if (marsad_event_run_form_is (run, w, (const char *[]) { "من", NULL }))
        for (guint e = 1; e <= 3 && e <= w; e++)
          if (marsad_event_run_same_sentence (run, w - e, w) &&
              marsad_event_run_form_is (run, w - e, launch_words))
            return TRUE;
    }
  return FALSE;
}

/* the words that tie a place to the larger one after it: "بلدة المروانية
 * بقضاء صيدا", "حي النبي أنعام في بعلبك", "مستشفى في مدينة النبطية",
 * "سوق صابرين في حي الثورة" */
static const char * const container_words[] = {
  "في", "قضاء", "محافظه", "ولايه", "مديريه", "محليه", "ناحيه", "منطقه", "مدينه", "ريف", "بلديه",
  "اقليم", "اطراف", "ضواحي", "داخل", "وسط", "بلده", "قريه", "حي", "مخيم", NULL,
};

/* "قرب", "بالقرب من": words that set a place beside another */
static const char * const proximity_words[] = { "قرب", "بالقرب", NULL };

/* "كفرحتى بصيدا": a place named right after another, joined by nothing or
 * by the words above, says where the first one is — it is not a second site */
static gboolean
qualifies_previous (const MarsadEventRun *run,
                    const MarsadPlaceRef *ref)
{
  guint prev_end = 0, prev_i = 0;
  gboolean found = FALSE;
  const MarsadPlaceRef *prev = NULL;
  /* the mention of the sentence ending last before this one (the first
   * of them on a tie) only counts when it ends at most two words before:
   * it starts at most the longest mention before that. Searched among the
   * mentions by first word, not walked through the sentence's: a text
   * with no full stop made that quadratic. */
  guint reach = ref->w_first > 2 + run->place_words_max ? ref->w_first - 2 - run->place_words_max : 0;
  guint lo = 0, hi = run->places->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (run->places, MarsadPlaceRef, run->by_word[mid]).w_first < reach)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint k = lo; k < run->places->len; k++)
    {
      guint i = run->by_word[k];
      const MarsadPlaceRef *o = &g_array_index (run->places, MarsadPlaceRef, i);

      if (run->work != NULL)
        run->work->mention_steps++;
      if (o->w_first >= ref->w_first)
        break;
      if (o->sentence == ref->sentence && o->w_end <= ref->w_first &&
          (!found || o->w_end > prev_end || (o->w_end == prev_end && i < prev_i)))
        {
          prev_end = o->w_end;
          prev_i = i;
          prev = o;
          found = TRUE;
        }
    }
  if (!found || ref->w_first - prev_end > 2)
    return FALSE;
  /* "الغوطة الشرقية قرب دمشق": a place near which the first one lies,
   * larger or not, is a landmark */
  if (ref->w_first > prev_end)
    {
      gboolean near = marsad_event_run_form_is (run, prev_end, proximity_words);

      for (guint w = prev_end + 1; w < ref->w_first && near; w++)
        near = marsad_event_run_form_is (run, w, (const char *[]) { "من", NULL });
      if (near)
        return TRUE;
    }
  /* the larger place: "فصائل مدعومة من إيران في البوكمال" names a backer,
   * then the site */
  if (marsad_event_place_rank (g_ptr_array_index (run->doc->places, ref->place)) >
      marsad_event_place_rank (g_ptr_array_index (run->doc->places, prev->place)) ||
      marsad_event_place_rank (g_ptr_array_index (run->doc->places, prev->place)) == 0)
    return FALSE;
  for (guint w = prev_end; w < ref->w_first; w++)
    if (!marsad_event_run_form_is (run, w, container_words))
      return FALSE;
  /* "غزة وخان يونس" names two; a comma or a bracket ends the first */
  for (guint w = prev_end - 1; w < ref->w_first; w++)
    if (marsad_word_view_gap_has (run->view, w, 0x060C) || marsad_word_view_gap_has (run->view, w, ','))
      return FALSE;
  {
    const char *form = marsad_word_view_form (run->view, ref->w_first);

    /* "محافظة البصرة جنوب العراق": the side of a country after a place */
    if (ref->w_first == prev_end && !g_str_has_prefix (form, "ب") &&
        !marsad_event_run_form_is (run, ref->w_first, reference_words))
      return FALSE;
    /* "وخان يونس" is another; "وسط قطاع غزة" is where the first lies */
    if (g_str_has_prefix (form, "و") && !marsad_event_run_form_is (run, ref->w_first, reference_words))
      return FALSE;
  }
  return TRUE;
}

/* "جبال حمرين الممتدة بين محافظات كركوك وصلاح الدين وديالى", "قرية
 * X الواقعة على طريق حلب": a participle that says where a place lies;
 * what follows it, up to a comma or an event, describes that place (not
 * "تمتد": fighting that spreads to a place is there; nor "تقع": "في بلدة
 * تقع على بعد 40 كيلومترا شمال الموصل" is that point) */
static const char * const lying_words[] = {
  "الممتده", "الممتد", "الواقعه", "الواقع", "المحاذيه", "المحاذي", "المتاخمه", "المتاخم", "المطله",
  "المطل", "ممتده", "ممتد", "واقعه", "واقع", "محاذيه", "محاذي", "متاخمه", "متاخم", "مطله", "مطل", NULL,
};
#define LYING_REACH_WORDS 8

static gboolean
described_by_lying (const MarsadEventRun *run,
                    const MarsadPlaceRef *ref)
{
  for (guint d = 1; d <= LYING_REACH_WORDS && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first) ||
          marsad_word_view_gap_has (run->view, w, 0x060C) || marsad_word_view_gap_has (run->view, w, ',') ||
          marsad_event_run_match (run, MARSAD_LEX_TRIGGER, w) != NULL)
        return FALSE;
      if (marsad_event_run_form_is (run, w, lying_words))
        return TRUE;
    }
  return FALSE;
}

/* "ستين كيلومترا جنوب بغداد", "على الحدود مع سوريا": a reference point;
 * "بلدة المروانية بقضاء صيدا": where the site just named lies */
gboolean
marsad_event_site_is_reference (const MarsadEventRun *run,
              const MarsadPlaceRef *ref)
{
  if (qualifies_previous (run, ref) || described_by_lying (run, ref))
    return TRUE;
  for (guint d = 1; d <= 3 && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first))
        break;
      if (marsad_event_run_form_is (run, w, distance_words) ||
          marsad_event_run_form_is (run, w, reference_words))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_affiliation (const MarsadEventRun *run,
                const MarsadPlaceRef *ref)
{
  for (guint d = 1; d <= 2 && d <= ref->w_first; d++)
    {
      guint a = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, a, ref->w_first) ||
          !marsad_event_run_form_is (run, a, affiliation_words))
        continue;
      /* "قرية تابعة لمحلية أم قرى": a place's administrative belonging,
       * and where it lies */
      return a == 0 || !marsad_event_run_same_sentence (run, a - 1, a) ||
             !marsad_event_run_form_is (run, a - 1, settlement_words);
    }
  return FALSE;
}

/* "ردا على هجمات …": the cause being answered, not the news */
gboolean
marsad_event_word_is_cause (const MarsadEventRun *run,
          guint                 w)
{
  for (guint d = 1; d <= 4 && d <= w; d++)
    if (marsad_event_run_same_sentence (run, w, w - d) &&
        marsad_event_run_form_is (run, w - d, (const char *[]) { "ردا", "رد", NULL }))
      return TRUE;
  return FALSE;
}

/* A particle as written, or after و/ف: "لم", "ولم" — but "كلم" is a
 * kilometre, not ك + لم */
static gboolean
is_particle (const MarsadEventRun *run,
             guint                 w,
             const char * const   *any)
{
  const char *form = marsad_word_view_form (run->view, w);

  if (g_str_has_prefix (form, "و") || g_str_has_prefix (form, "ف"))
    form = g_utf8_next_char (form);
  return g_strv_contains (any, form);
}

/* "دعوته إلى انسحاب القوات", "لم تستهدف", "انسحاب … ليس وشيكا": called
 * for, denied, feared or planned — not something that happened */
gboolean
marsad_event_word_is_unreal (const MarsadEventRun *run,
                             guint                 w)
{
  static const char * const modal_before[] = {
    "دعا", "دعت", "دعوه", "دعوته", "دعوتها", "يدعو", "تدعو", "طالب", "طالبت", "يطالب", "تطالب",
    "مطالبه", "بمطالبه", "بشان", "لمنع", "منع", "تخشي", "يخشي", "خشيه", "مخاوف", "احتمال",
    "تهدد", "يهدد", "هدد", "هددت", "تهديد", "بتهديد", "يعتزم", "تعتزم", "تنوي", "ينوي", "خطه",
    "خطط", "سيناريو", "امكانيه", "لتجنب", "تجنب", "تفادي", "تحسبا", "تحسب", "استعدادا", "تاهبا", NULL
  };
  /* "تحسباً لهجوم محتمل", "هجوم وشيك": expected, not done */
  static const char * const expected_after[] = {
    "محتمل", "محتمله", "وشيك", "وشيكه", "مرتقب", "مرتقبه", "متوقع", "متوقعه", NULL
  };
  static const char * const negation_before[] = { "لم", "لن", "لا", "ما", NULL };
  static const char * const negation_after[] = { "ليس", "ليست", "لم", "غير", NULL };
  static const char * const result_verbs_negated[] = {
    "يسفر", "تسفر", "يسفرا", "تسفرا", "يودي", "تودي", "يخلف", "تخلف", "يوقع", "توقع", "يسجل", "تسجل", NULL,
  };

  if (w > 0 && marsad_event_run_same_sentence (run, w, w - 1) &&
      is_particle (run, w - 1, negation_before))
    return TRUE;
  for (guint d = 1; d <= 3 && d <= w; d++)
    if (marsad_event_run_same_sentence (run, w, w - d) && marsad_event_run_form_is (run, w - d, modal_before))
      return TRUE;
  /* "دعت الأمم المتحدة إلى فرض حظر التجول": the call, its caller, then إلى */
  for (guint d = 2; d <= 7 && d <= w; d++)
    if (marsad_event_run_same_sentence (run, w, w - d) &&
        marsad_event_run_form_is (run, w - d, (const char *[]) { "الي", NULL }))
      {
        for (guint e = d + 1; e <= d + 4 && e <= w; e++)
          if (marsad_event_run_same_sentence (run, w, w - e) && marsad_event_run_form_is (run, w - e, modal_before))
            return TRUE;
        break;
      }
  /* "قصف حوثي، لم يسفر عن إصابات" denies the harm, not the shelling */
  for (guint d = 1; d <= 4; d++)
    if (marsad_event_run_same_sentence (run, w, w + d) && is_particle (run, w + d, negation_after) &&
        !marsad_event_run_form_is (run, w + d + 1, result_verbs_negated))
      return TRUE;
  if (marsad_event_run_same_sentence (run, w, w + 1) && marsad_event_run_form_is (run, w + 1, expected_after))
    return TRUE;
  return FALSE;
}

/* "150 هجوما", "ثلاث عمليات قصف", "سلسلة من الهجمات": many events told as
 * one figure. The number must count the event word itself: in "ثلاثة شبان
 * قتلوا في غارة" or "قتل شخصان بضربة" it counts the dead, and a number
 * before a verb counts its subject. */
static const char * const event_counters[] = { "عمليات", "موجات", "جولات", "دفعات", NULL };

/* "قصف ثكنة بعشرات الصواريخ" is one barrage; "مئات الصواريخ منذ نوفمبر"
 * many attacks over a period */
static const char * const munitions[] = {
  "صواريخ", "الصواريخ", "قذايف", "القذايف", "مسيرات", "المسيرات", "طايرات", "الطايرات", NULL
};
static const char * const period_words[] = { "منذ", "خلال", "طوال", NULL };

static gboolean
sentence_tells_period (const MarsadEventRun *run,
                       guint                 w)
{
  guint s = run->view->words[w].sentence;

  for (guint k = w; k > 0 && run->view->words[k - 1].sentence == s; k--)
    if (marsad_event_run_form_is (run, k - 1, period_words))
      return TRUE;
  for (guint k = w + 1; k < run->view->n && run->view->words[k].sentence == s; k++)
    if (marsad_event_run_form_is (run, k, period_words))
      return TRUE;
  return FALSE;
}

gboolean
marsad_event_word_is_aggregate (const MarsadEventRun *run,
                                const MarsadTrigger  *trigger,
                                guint                 w)
{
  for (guint d = 1; d <= 3 && d <= w; d++)
    {
      const char *form = marsad_word_view_form (run->view, w - d);
      MarsadNumber num;

      if (!marsad_event_run_same_sentence (run, w, w - d))
        break;
      /* "عشرات الغارات" is many strikes; "عشرات القتلى بقصف", "عشرات
       * المدنيين بقصف" one shelling that killed many: a word between the
       * count and the trigger must count events or munitions */
      if (marsad_event_run_form_is (run, w - d, (const char *[]) { "سلسله", "عشرات", "ميات", NULL }) &&
          (d == 1 || marsad_event_run_form_is (run, w - d + 1, munitions) ||
           marsad_event_run_form_is (run, w - d + 1, event_counters)))
        return !marsad_event_run_form_is (run, w - d + 1, munitions) || sentence_tells_period (run, w);
      if (run->in_date[w - d] || d > 2 ||
          (d == 1 && (trigger->flags & MARSAD_TRIGGER_VERB)) ||
          (d == 2 && !marsad_event_run_form_is (run, w - 1, event_counters)))
        continue;
      if (marsad_number_parse (&form, 1, &num) && num.value >= 2 &&
          num.kind != MARSAD_NUMBER_DUAL)
        return sentence_tells_period (run, w);
    }
  return FALSE;
}

gboolean
marsad_event_word_is_definite (const MarsadEventRun *run,
             guint                 w)
{
  for (guint k = 0; k < 3; k++)
    {
      const char *stem = marsad_word_view_stem (run->view, w, k);

      if (stem != NULL && g_str_has_prefix (stem, "ال"))
        return TRUE;
    }
  return w > 0 && marsad_event_run_form_is (run, w - 1, demonstratives);
}

/* "نُقل الجرحى إلى مستشفى في صور", "الطريق المؤدي إلى مرجعيون",
 * "قادمة من الحسكة": where people were taken, where a road or a
 * movement leads or comes from, a hospital — context, not the site */
static const char * const toward_words[] = {
  "باتجاه", "اتجاه", "نحو", "المودي", "المؤدي", "قادمه", "قادما", "قادمين", "مستشفي", "مستشفيات",
  NULL,
};
static const char * const road_toward_words[] = { "المودي", "المؤدي", "الموديه", "المؤديه", NULL };
static const char * const transfer_verbs[] = {
  "نقل", "نقلوا", "نقلت", "نقلا", "اسعاف", "اسعافهم", "اسعافه", "نزح", "نزحوا", "فروا", NULL,
};

/* "قالت مصادر طبية في رفح": where the source is, not the site */
static const char * const source_nouns[] = {
  "مصادر", "مصدر", "مسؤول", "مسؤولون", "مسوول", "مسوولون", "مسوولين", "شهود", "مراسل", "مراسلو",
  "سكان", "ناشطون", "ناشطين", "مديريه", "مديرية", NULL,
};

static gboolean
target_after (const MarsadEventRun *run,
              const MarsadPlaceRef *ref)
{
  for (guint k = run->sentence_places[ref->sentence]; k < run->sentence_places[ref->sentence + 1]; k++)
    {
      const MarsadPlaceRef *o = &g_array_index (run->places, MarsadPlaceRef, run->by_sentence[k]);

      if (o->w_first >= ref->w_end && !launched_from (run, o) &&
          marsad_event_place_rank (g_ptr_array_index (run->doc->places, o->place)) > 0)
        return TRUE;
    }
  return FALSE;
}

/* "اشتباكات في طرابلس أسفرت عن عشرات القتلى وتعليق الرحلات في مطار معيتيقة":
 * a place told among what an event led to, with no event word of its own
 * between, is where a consequence was felt, not a site. */
static const char * const result_verbs[] = {
  "اسفرت", "اسفر", "تسفر", "يسفر", "ادت", "ادي", "تودي", "يودي", "خلفت", "خلف", NULL,
};

static gboolean
among_results (const MarsadEventRun *run,
               const MarsadPlaceRef *ref)
{
  for (guint d = 1; d <= 12 && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first) ||
          marsad_event_run_match (run, MARSAD_LEX_TRIGGER, w) != NULL)
        return FALSE;
      if (marsad_event_run_form_is (run, w, result_verbs))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_context_only (const MarsadEventRun *run,
                 const MarsadPlaceRef *ref)
{
  if (launched_from (run, ref) && target_after (run, ref))
    return TRUE;
  if (among_results (run, ref))
    return TRUE;
  if (ref->w_first >= 2 && marsad_event_run_form_is (run, ref->w_first - 1, (const char *[]) { "في", NULL }))
    for (guint d = 2; d <= 3 && d <= ref->w_first; d++)
      if (marsad_event_run_same_sentence (run, ref->w_first - d, ref->w_first) &&
          marsad_event_run_form_is (run, ref->w_first - d, source_nouns) &&
          !marsad_event_word_is_definite (run, ref->w_first - d))
        return TRUE;
  /* "وقالت الوزارة في رام الله إن": the seat of whoever speaks, told
   * between the speaker and what is said */
  if (ref->w_first >= 2 && ref->w_end < run->view->n &&
      marsad_event_run_same_sentence (run, ref->w_first, ref->w_end) &&
      marsad_event_run_form_is (run, ref->w_first - 1, (const char *[]) { "في", NULL }) &&
      marsad_event_run_form_is (run, ref->w_end, (const char *[]) { "ان", "انه", "انها", "بان", NULL }))
    for (guint d = 2; d <= 4 && d <= ref->w_first; d++)
      if (marsad_event_run_same_sentence (run, ref->w_first - d, ref->w_first) &&
          marsad_event_run_match (run, MARSAD_LEX_SPEECH, ref->w_first - d) != NULL)
        return TRUE;
  for (guint d = 1; d <= 4 && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first))
        break;
      /* a road leads to a place, whatever was fired: "استهدفت مسيّرة
       * دراجة على الطريق المؤدي إلى مرجعيون" */
      if (marsad_event_run_form_is (run, w, toward_words) &&
          (marsad_event_run_form_is (run, w, road_toward_words) || !fired_at (run, w)))
        return TRUE;
      /* "نُقلوا إلى": a transfer verb just before "إلى" */
      if (marsad_event_run_form_is (run, w, (const char *[]) { "الي", NULL }))
        for (guint e = 1; e <= 3 && e <= w; e++)
          if (marsad_event_run_same_sentence (run, w - e, w) &&
              marsad_event_run_form_is (run, w - e, transfer_verbs))
            return TRUE;
    }
  return FALSE;
}

/* "أفاد مصدر عسكري في محور تعز بأن ثلاثة جنود قتلوا … في جبهة مقبنة":
 * where the source is, a few words after it, with nothing told between
 * (is_context_only takes "مصدر في X" alone, whatever else is told) */
#define SOURCE_PLACE_REACH 4
#define SOURCE_SENTENCE_PLACES 32

static gboolean
is_source_whereabouts (const MarsadEventRun *run,
                       const MarsadPlaceRef *ref)
{
  static const char * const fi[] = { "في", NULL };
  /* "قال مصدر محلي إن قرى في مديرية قعطبة تعرضت…": what the source says
   * begins at إن; its places are the report's */
  static const char * const complementizers[] = { "ان", "بان", NULL };
  gboolean located = g_str_has_prefix (marsad_word_view_form (run->view, ref->w_first), "ب");

  for (guint d = 1; d <= SOURCE_PLACE_REACH && d <= ref->w_first; d++)
    {
      guint w = ref->w_first - d;

      if (!marsad_event_run_same_sentence (run, w, ref->w_first) ||
          marsad_event_run_match (run, MARSAD_LEX_TRIGGER, w) != NULL ||
          marsad_event_run_match (run, MARSAD_LEX_SPEECH, w) != NULL ||
          marsad_event_run_form_is (run, w, complementizers) ||
          marsad_event_run_place_at (run, w) >= 0)
        return FALSE;
      /* an unnamed source: "مصدر", "مصادر", not "المسؤولين" held to
       * account ("بمحاسبة المسؤولين في محافظة البصرة") */
      if (marsad_event_run_form_is (run, w, source_nouns))
        return located && !marsad_event_word_is_definite (run, w);
      located |= marsad_event_run_form_is (run, w, fi) ||
                 g_str_has_prefix (marsad_word_view_form (run->view, w), "ب");
    }
  return FALSE;
}

/* the mention can be a site, the source's whereabouts aside */
static gboolean
site_eligible_as_told (const MarsadEventRun *run,
                       guint                 i)
{
  const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);
  const MarsadMention *mn = marsad_event_run_ref_mention (run, (gint) i);

  return !(mn->role == MARSAD_ROLE_ACTOR || mn->role == MARSAD_ROLE_DATELINE ||
           is_affiliation (run, ref) ||
           run->not_site[ref->w_first] || is_context_only (run, ref));
}

/* where the source is yields to another place its sentence tells; told
 * alone, it is likely where it happened ("قالت مصادر في درعا إن قصفاً
 * استهدف الأحياء") */
static gboolean
source_place_yields (const MarsadEventRun *run,
                     guint                 i)
{
  const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

  guint from, to;

  if (ref->sentence >= run->n_sentences || !is_source_whereabouts (run, ref))
    return FALSE;
  /* a few places of the sentence at most: one that never ends ("مصادر في
   * X، مصادر في Y…") would make this quadratic */
  from = run->sentence_places[ref->sentence];
  to = MIN (run->sentence_places[ref->sentence + 1], from + SOURCE_SENTENCE_PLACES);
  for (guint k = from; k < to; k++)
    {
      guint j = run->by_sentence[k];

      if (j != i && g_array_index (run->places, MarsadPlaceRef, j).place != ref->place &&
          site_eligible_as_told (run, j) &&
          !is_source_whereabouts (run, &g_array_index (run->places, MarsadPlaceRef, j)))
        return TRUE;
    }
  return FALSE;
}

/* what protesters ask for: "رفعوا لافتات تطالب بفتح ممرات إلى الفاشر",
 * "مطالبين بفك الحصار عن الفاشر" (participles and nouns: "طالب الجيش
 * سكان X بالإخلاء" orders X itself) */
static const char * const demand_words[] = {
  "مطالبين", "مطالبه", "للمطالبه", "تطالب", "يطالب", "يطالبون", "تنديدا", "تضامنا", NULL,
};

/* how far back a demand is looked for */
#define DEMAND_REACH_WORDS 16

/* a place named in what the protesters demand yields to one the sentence
 * tells before the demand ("وفي بورتسودان، نظم العشرات وقفة … تطالب
 * بإيصال الغذاء إلى الفاشر"); named alone, it may be where they are */
static gboolean
demand_place_yields (const MarsadEventRun *run,
                     guint                 i)
{
  const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);
  guint from, to, demand = G_MAXUINT;

  if (ref->sentence >= run->n_sentences)
    return FALSE;
  for (guint w = ref->w_first, n = 0; w-- > 0 && n < DEMAND_REACH_WORDS && demand == G_MAXUINT; n++)
    {
      if (!marsad_event_run_same_sentence (run, w, ref->w_first))
        break;
      if (marsad_event_run_form_is (run, w, demand_words))
        demand = w;
    }
  if (demand == G_MAXUINT)
    return FALSE;
  from = run->sentence_places[ref->sentence];
  to = MIN (run->sentence_places[ref->sentence + 1], from + SOURCE_SENTENCE_PLACES);
  for (guint k = from; k < to; k++)
    {
      guint j = run->by_sentence[k];
      const MarsadPlaceRef *o = &g_array_index (run->places, MarsadPlaceRef, j);

      if (o->place != ref->place && o->w_end <= demand && site_eligible_as_told (run, j))
        return TRUE;
    }
  return FALSE;
}

/* the heads of a body named after its place: "تنسيقية لجان مقاومة
 * الفاشر", "شبكة أطباء السودان", "مجلس محافظة نينوى" speak, they are not
 * where anything happened (no جامعة, مركز or جبهة: those are places too;
 * no تجمع: "تجمع المحتجون وسط الخرطوم" is a verb) */
static const char * const body_heads[] = {
  "تنسيقيه", "التنسيقيه", "لجان", "اللجان", "لجنه", "اللجنه", "شبكه", "الشبكه", "مرصد", "المرصد",
  "منظمه", "المنظمه", "هييه", "الهييه", "رابطه", "الرابطه", "نقابه", "النقابه", "اتحاد", "الاتحاد",
  "جمعيه", "الجمعيه", "مجلس", "المجلس", "مويسسه", "المويسسه", "وكاله", "الوكاله", NULL,
};
/* what ends a body's name before the place: "لجنة الإغاثة في دارفور"
 * names the committee, then where it works */
static const char * const body_breaks[] = { "في", "من", "على", "الى", "عن", "مع", "ضد", "بين", NULL };

/* how many words of a body's name may stand between its head and its
 * place: "تنسيقية لجان مقاومة الفاشر" */
#define BODY_NAME_WORDS 3

static gboolean
in_body_name (const MarsadEventRun *run,
              const MarsadPlaceRef *ref)
{
  guint from = ref->w_first > BODY_NAME_WORDS ? ref->w_first - BODY_NAME_WORDS : 0;

  for (guint w = ref->w_first; w-- > from;)
    {
      if (!marsad_event_run_same_sentence (run, w, ref->w_first) ||
          marsad_event_run_form_is (run, w, body_breaks) ||
          marsad_word_view_gap_has (run->view, w, 0x060C) || marsad_word_view_gap_has (run->view, w, ','))
        return FALSE;
      if (marsad_event_run_form_is (run, w, body_heads))
        return TRUE;
    }
  return FALSE;
}

/* is the mention an event site at all: not an actor, the dateline, a
 * group's name, a backer or a destination. A quoted report's places are
 * sites: "«غارة استهدفت بلدة X»" is how a ministry tells the event. */
gboolean
marsad_event_site_eligible (const MarsadEventRun *run,
               guint                 i)
{
  const MarsadPlaceRef *ref = &g_array_index (run->places, MarsadPlaceRef, i);

  if (!site_eligible_as_told (run, i) || source_place_yields (run, i) || demand_place_yields (run, i) ||
      in_body_name (run, ref))
    return FALSE;
  /* inside an actor's name ("المقاومة الإسلامية في العراق") */
  for (guint w = ref->w_first > 4 ? ref->w_first - 4 : 0; w <= ref->w_first; w++)
    {
      const MarsadPhrase *actor = marsad_event_run_match (run, MARSAD_LEX_ACTOR, w);

      if (actor != NULL && !((const MarsadActor *) actor->data)->metonym && w + actor->n_words > ref->w_first)
        return FALSE;
    }
  return TRUE;
}

/* "وتأتي الضربات الأميركية مع استمرار التوتر جراء الحرب في غزة": a strike
 * told again ("الضربات") is where it was told, not at a place the sentence
 * names for another reason, words away; but what the strike hit, told by
 * the verb right after it, is its site ("الغارة أصابت مستودعاً في محيط
 * بلدة بوداي") */
static const char * const hit_verbs[] = {
  "اصابت", "استهدفت", "طالت", "ضربت", "دمرت", "وقعت", "تركزت", "اصاب", "استهدف", "طال", "ضرب", "دمر",
  "وقع", "تركز", NULL
};
#define ANAPHORIC_REACH 4
#define ANAPHORIC_HIT_REACH 8

gboolean
marsad_event_site_far_from_told (const MarsadEventRun *run,
                                 const MarsadPlaceRef *ref,
                                 guint                 w)
{
  guint reach = ref->w_first > w && marsad_event_run_same_sentence (run, w, w + 1) &&
                marsad_event_run_form_is (run, w + 1, hit_verbs) ? ANAPHORIC_HIT_REACH : ANAPHORIC_REACH;

  return (ref->w_first > w ? ref->w_first - w : w - ref->w_first) > reach;
}
