/* marsad-event-types.c: ACLED's event types and how Marsad shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "marsad-event-types.h"

typedef struct
{
  const char *name_ar;
  guint32     light;
  guint32     dark;
} TypeLook;

static const char *const type_names[MARSAD_N_EVENT_TYPES + 1] = {
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
  NULL,
};

/* Colours: Okabe & Ito (2008), "Color Universal Design", which stay apart
 * under the common colour-vision deficiencies; the markers add a shape per
 * type so colour is never the only cue. Yellow is left out because it
 * vanishes on the light basemap. The dark variants are the same hues made
 * lighter: blue and vermillion lose contrast on a near-black ground. */
static const TypeLook type_looks[MARSAD_N_EVENT_TYPES] = {
  { "معارك",                 0xD55E00, 0xF0823A },
  { "انفجارات وعنف عن بُعد",  0xE69F00, 0xF2B53A },
  { "عنف ضد المدنيين",       0xCC79A7, 0xE39BC4 },
  { "احتجاجات",              0x0072B2, 0x4BA3DB },
  { "أعمال شغب",             0x009E73, 0x2EC496 },
  { "تطورات استراتيجية",      0x56B4E9, 0x8CCDF2 },
};

const char *const *
marsad_event_types (void)
{
  return type_names;
}

int
marsad_event_type_get_index (const char *acled_event_type)
{
  if (acled_event_type == NULL)
    return -1;

  /* Case-insensitive: hand-edited analyses write "Violence Against Civilians". */
  for (int i = 0; i < MARSAD_N_EVENT_TYPES; i++)
    if (g_ascii_strcasecmp (type_names[i], acled_event_type) == 0)
      return i;

  return -1;
}

const char *
marsad_event_type_get_name_ar (const char *acled_event_type)
{
  int i = marsad_event_type_get_index (acled_event_type);

  return i < 0 ? NULL : type_looks[i].name_ar;
}

guint32
marsad_event_type_get_rgb (const char *acled_event_type,
                           gboolean    dark)
{
  int i = marsad_event_type_get_index (acled_event_type);

  if (i < 0)
    return dark ? 0xB0AFAB : 0x6E6D71;

  return dark ? type_looks[i].dark : type_looks[i].light;
}

const char *
marsad_event_type_get_disorder_type (const char *acled_event_type,
                                     const char *acled_sub_event_type)
{
  const char *sub = acled_sub_event_type != NULL ? acled_sub_event_type : "";

  /* ACLED's codebook (2023): the disorder type follows from the event type,
   * except for the two sub-types that straddle violence and demonstration. */
  switch (marsad_event_type_get_index (acled_event_type))
    {
    case 0:
    case 1:
    case 2:
      return "Political violence";
    case 3:
      if (g_ascii_strcasecmp (sub, "Excessive force against protesters") == 0)
        return "Political violence; Demonstrations";
      return "Demonstrations";
    case 4:
      if (g_ascii_strcasecmp (sub, "Mob violence") == 0)
        return "Political violence";
      return "Demonstrations";
    case 5:
      return "Strategic developments";
    default:
      return NULL;
    }
}
