/* test-html.c: article text from HTML pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "marsad-html.h"

static void
test_article_preferred (void)
{
  const char *page =
    "<!DOCTYPE html><html><head><title>قصف على القائم</title>"
    "<style>p { color: red }</style><script>var x = 'لا تظهر';</script></head>"
    "<body><nav>الرئيسية | أخبار</nav><header>موقع الأخبار</header>"
    "<article><h1>قصف على القائم</h1><p>قتل سبعة مسلحين في غارات على القائم.</p>"
    "<p>وقال مصدر أمني إن الغارات استهدفت مستودعاً.</p></article>"
    "<aside>الأكثر قراءة</aside><footer>حقوق النشر</footer></body></html>";
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = marsad_html_extract_article ("page.html", page, strlen (page),
                                                       &title, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (title, ==, "قصف على القائم");
  g_assert_nonnull (strstr (text, "قتل سبعة مسلحين في غارات على القائم.\nوقال مصدر"));
  g_assert_null (strstr (text, "لا تظهر"));
  g_assert_null (strstr (text, "color"));
  g_assert_null (strstr (text, "الرئيسية"));
  g_assert_null (strstr (text, "حقوق النشر"));
  g_assert_null (strstr (text, "الأكثر قراءة"));
}

static void
test_densest_block (void)
{
  const char *page =
    "<html><body><div class=menu><p>روابط</p></div>"
    "<div id=story><p>انفجرت عبوة ناسفة بدورية للشرطة في الفلوجة أمس الاثنين.</p>"
    "<p>وأدى الانفجار إلى مقتل شرطي وإصابة اثنين من المارة.</p></div>"
    "<div><p>اشترك في النشرة</p></div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = marsad_html_extract_article ("page.html", page, strlen (page),
                                                       &title, &error);

  g_assert_no_error (error);
  g_assert_null (title);
  g_assert_true (g_str_has_prefix (text, "انفجرت عبوة"));
  g_assert_null (strstr (text, "روابط"));
  g_assert_null (strstr (text, "اشترك"));
  g_assert_nonnull (strchr (text, '\n'));
}

static void
test_entities_and_whitespace (void)
{
  const char *page = "<p>غارات   على&nbsp;البوكمال &amp; دير الزور</p><p>سطر<br>ثان</p>";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = marsad_html_extract_article ("x.html", page, strlen (page),
                                                       NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "غارات على البوكمال & دير الزور\nسطر\nثان");
}

static void
test_no_text (void)
{
  const char *page = "<html><head><script>alert(1)</script></head><body></body></html>";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = marsad_html_extract_article ("empty.html", page, strlen (page),
                                                       NULL, &error);

  g_assert_null (text);
  g_assert_error (error, MARSAD_HTML_ERROR, MARSAD_HTML_ERROR_NO_TEXT);
  g_assert_nonnull (strstr (error->message, "empty.html"));
}

static void
test_sniff (void)
{
  g_assert_true (marsad_html_sniff ("<!DOCTYPE html><html>", 21));
  g_assert_true (marsad_html_sniff ("  <HTML><body>", 14));
  g_assert_false (marsad_html_sniff ("قتل سبعة مسلحين", strlen ("قتل سبعة مسلحين")));
  g_assert_false (marsad_html_sniff ("{\"format\": \"marsad-analysis\"}", 29));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/html/article-preferred", test_article_preferred);
  g_test_add_func ("/html/densest-block", test_densest_block);
  g_test_add_func ("/html/entities-whitespace", test_entities_and_whitespace);
  g_test_add_func ("/html/no-text", test_no_text);
  g_test_add_func ("/html/sniff", test_sniff);
  return g_test_run ();
}
