/* marsad-inflect.h: the dual forms of a lexicon's patterns
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The dual forms of a trigger pattern as news writes them: nouns and
 * adjectives in -تين/-تان (غارة جوية → غارتين جويتين) or -ين/-ان (هجوم →
 * هجومين), feminine past verbs in -تا (استهدفت → استهدفتا) and, for a
 * single word, masculine ones in -ا (اشتبك → اشتبكا). Plurals (-ات, -ون,
 * -ين) have no dual. Returns a NULL-terminated array, maybe empty. */
char **marsad_inflect_duals (const char *pattern);

/* The third-person past forms of a verb listed in any of them (قتل، قتلت
 * or قتلوا): masculine, feminine, plural and both duals (قتل، قتلت، قتلوا،
 * قتلا، قتلتا), the pattern itself left out; the words after the verb
 * («أطلق … النار») are kept. */
char **marsad_inflect_verb  (const char *pattern);

G_END_DECLS
