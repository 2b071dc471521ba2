/*
 * test_its.c - the ITS rules applied at run time (base/its.h): what a rule
 * picks is shown translated, as plain text, and nothing else; the last
 * rule that picks a node says; a bad rules file is refused with its file,
 * line and what to do. The catalog is a small table (mnr_i18n_use_table).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "error.h"
#include "i18n.h"
#include "its.h"
#include "xmlsafe.h"

static const char *const table[] = {
    "Leadership", "Direction",
    "Not in place", "Pas en place",
    "A body that steers the response.", "Un organe qui pilote la réponse.",
    "Republic of Examplia", "République d'Examplia",
    "Tom &amp; Jerry", "R&amp;D <script>alert(1)</script> &#233;t&#xE9; &lt;b&gt; &bogus;",
    "Emerging", "Émergent",
    NULL};

#define RULES_HEAD                                                                         \
    "<?xml version=\"1.0\"?>\n"                                                           \
    "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\">\n"          \
    "  <its:translateRule selector=\"//*\" translate=\"no\"/>\n"

static char dir[64];

static char *write_file(const char *name, const char *text)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static mnr_its_rules *load_rules(const char *text)
{
    mnr_its_rules *rules = NULL;
    mnr_error err;
    mnr_error_init(&err);
    if (mnr_its_rules_load(&rules, write_file("rules.its", text), &err) != MNR_OK)
        fail_msg("%s:%ld: %s", err.file, err.line, err.message);
    return rules;
}

static xmlDocPtr parse(const char *xml)
{
    xmlDocPtr doc = NULL;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_xml_load_memory(&doc, xml, strlen(xml), "test", &err), MNR_OK);
    return doc;
}

/* `doc` as XML text, without the declaration; static. */
static const char *serialised(xmlDocPtr doc)
{
    static char out[4096];
    xmlChar *buf = NULL;
    int n = 0;
    xmlDocDumpMemoryEnc(doc, &buf, &n, "UTF-8");
    const char *start = strstr((const char *)buf, "?>\n");
    snprintf(out, sizeof out, "%s", start ? start + 3 : (const char *)buf);
    xmlFree(buf);
    size_t len = strlen(out);
    if (len && out[len - 1] == '\n')
        out[len - 1] = '\0';
    return out;
}

static const char *translated(const char *rules_text, const char *xml, unsigned long *count)
{
    mnr_its_rules *rules = load_rules(rules_text);
    xmlDocPtr doc = parse(xml);
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_its_translate(doc, rules, count, &err), MNR_OK);
    const char *out = serialised(doc);
    xmlFreeDoc(doc);
    mnr_its_rules_free(rules);
    return out;
}

static const char *const CAPABILITY_RULES =
    RULES_HEAD
    "  <its:translateRule selector=\"/results/domain/capability/@name | //@level-name"
    "      | //capability/description\" translate=\"yes\"/>\n"
    "</its:rules>\n";

/* An attribute and an element picked are translated, with their white
 * space folded to find them; free text (the country) is not, though the
 * catalog has it. */
static void test_attribute_and_element(void **state)
{
    (void)state;
    unsigned long n = 99;
    const char *out = translated(
        CAPABILITY_RULES,
        "<results><country>Republic of Examplia</country><domain>"
        "<capability name=\"Leadership\" level-name=\"Not in place\">"
        "<description>\n  A body that steers\n    the response.  </description>"
        "<evidence>Leadership</evidence></capability></domain></results>",
        &n);
    assert_string_equal(out,
        "<results><country>Republic of Examplia</country><domain>"
        "<capability name=\"Direction\" level-name=\"Pas en place\">"
        "<description>Un organe qui pilote la réponse.</description>"
        "<evidence>Leadership</evidence></capability></domain></results>");
    assert_int_equal(n, 3);
}

/* A text the catalog lacks stays as it was, white space and all. */
static void test_untranslated_kept(void **state)
{
    (void)state;
    unsigned long n = 99;
    const char *out = translated(
        CAPABILITY_RULES,
        "<results><domain><capability name=\"Research\">"
        "<description> Not   known </description></capability></domain></results>",
        &n);
    assert_string_equal(out, "<results><domain><capability name=\"Research\">"
                             "<description> Not   known </description></capability></domain>"
                             "</results>");
    assert_int_equal(n, 0);
}

/* The msgid is itstool's (& as &amp;); the translation's escapes are read
 * back, and everything else in it stays text: no element is made. */
static void test_markup_stays_text(void **state)
{
    (void)state;
    const char *out = translated(CAPABILITY_RULES,
                                 "<results><domain><capability name=\"Tom &amp; Jerry\">"
                                 "<description>Tom &amp; Jerry</description>"
                                 "</capability></domain></results>",
                                 NULL);
    assert_string_equal(
        out,
        "<results><domain><capability name=\"R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; "
        "été &lt;b&gt; &amp;bogus;\"><description>R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; "
        "été &lt;b&gt; &amp;bogus;</description></capability></domain></results>");
}

/* Where rules disagree the last one says; an element holding elements is
 * not translated as a whole. */
static void test_last_rule_wins(void **state)
{
    (void)state;
    const char *out = translated(
        RULES_HEAD
        "  <its:translateRule selector=\"//level | //level/@name\" translate=\"yes\"/>\n"
        "  <its:translateRule selector=\"//level[@value = 0]\" translate=\"no\"/>\n"
        "  <its:translateRule selector=\"//level[@value = 0]/@name | //note\" translate=\"no\"/>\n"
        "  <its:translateRule selector=\"//note\" translate=\"yes\"/>\n"
        "</its:rules>\n",
        "<scale><level value=\"0\" name=\"Not in place\">Leadership</level>"
        "<level value=\"1\" name=\"Emerging\">Leadership</level>"
        "<note>Leadership<b/></note></scale>",
        NULL);
    assert_string_equal(out, "<scale><level value=\"0\" name=\"Not in place\">Leadership</level>"
                             "<level value=\"1\" name=\"Émergent\">Direction</level>"
                             "<note>Leadership<b/></note></scale>");
}

/* Prefixes are those declared where the rule is. */
static void test_namespaces(void **state)
{
    (void)state;
    const char *out = translated(
        RULES_HEAD
        "  <its:translateRule xmlns:x=\"urn:x\" selector=\"//x:word\" translate=\"yes\"/>\n"
        "</its:rules>\n",
        "<a xmlns:y=\"urn:x\"><y:word>Emerging</y:word><word>Emerging</word></a>", NULL);
    assert_string_equal(out, "<a xmlns:y=\"urn:x\"><y:word>Émergent</y:word>"
                             "<word>Emerging</word></a>");
}

/* In English nothing is looked at, not even a node the rules pick (its
 * _private, which translating uses as a mark, stays as it was). */
static void test_english_untouched(void **state)
{
    (void)state;
    mnr_i18n_use_table(NULL, NULL);
    mnr_its_rules *rules = load_rules(CAPABILITY_RULES);
    xmlDocPtr doc = parse("<results><domain><capability name=\"Leadership\"/></domain></results>");
    xmlAttrPtr name = xmlDocGetRootElement(doc)->children->children->properties;
    static int sentinel;
    name->_private = &sentinel;
    unsigned long n = 99;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_its_translate(doc, rules, &n, &err), MNR_OK);
    assert_ptr_equal(name->_private, &sentinel);
    assert_int_equal(n, 0);
    assert_string_equal(serialised(doc),
                        "<results><domain><capability name=\"Leadership\"/></domain></results>");
    xmlFreeDoc(doc);
    mnr_its_rules_free(rules);
}

static void expect_refused(const char *text, long line, const char *message)
{
    mnr_its_rules *rules = NULL;
    mnr_error err;
    mnr_error_init(&err);
    const char *path = write_file("bad.its", text);
    mnr_status st = mnr_its_rules_load(&rules, path, &err);
    if (st != MNR_EINVALID)
        fail_msg("%d %s:%ld: %s", st, err.file, err.line, err.message);
    assert_null(rules);
    assert_string_equal(err.file, path);
    assert_int_equal(err.line, line);
    assert_string_equal(err.message, message);
}

static void test_bad_selector(void **state)
{
    (void)state;
    expect_refused(RULES_HEAD "  <its:translateRule selector=\"//level[@value = \" translate=\"yes\"/>\n"
                              "</its:rules>\n",
                   4,
                   "the selector \"//level[@value = \" of this translateRule is not a usable "
                   "XPath 1.0 expression (Invalid expression, at its end); correct it, and "
                   "declare every namespace prefix it uses on the rule or its ancestors");
    expect_refused(RULES_HEAD "  <its:translateRule selector=\"//xsl:variable\" translate=\"yes\"/>"
                              "\n</its:rules>\n",
                   4,
                   "the selector \"//xsl:variable\" of this translateRule is not a usable XPath "
                   "1.0 expression (Undefined namespace prefix); correct it, "
                   "and declare every namespace prefix it uses on the rule or its ancestors");
    expect_refused(RULES_HEAD "  <its:translateRule selector=\"count(//a)\" translate=\"yes\"/>"
                              "\n</its:rules>\n",
                   4,
                   "the selector \"count(//a)\" of this translateRule is not a usable XPath 1.0 "
                   "expression (it gives no nodes); correct it, and declare every "
                   "namespace prefix it uses on the rule or its ancestors");
}

static void test_bad_rules(void **state)
{
    (void)state;
    expect_refused(RULES_HEAD "  <its:translateRule selector=\"//a\" translate=\"maybe\"/>\n"
                              "</its:rules>\n",
                   4, "this translateRule has translate=\"maybe\"; it must be \"yes\" or \"no\"");
    expect_refused(RULES_HEAD "\n  <its:translateRule translate=\"yes\"/>\n</its:rules>\n", 5,
                   "this translateRule has no selector; give it selector=\"XPATH\" naming the "
                   "elements or attributes it is about");
    expect_refused("<rules/>\n", 1,
                   "not ITS rules: the root element must be its:rules (namespace "
                   "http://www.w3.org/2005/11/its); check mnr's data directory (reinstalling "
                   "mnr puts its own back)");
}

/* mnr's own rules file loads, and picks the capability names of a
 * results document but not its country. */
static void test_shipped_rules(void **state)
{
    (void)state;
    mnr_its_rules *rules = NULL;
    mnr_error err;
    mnr_error_init(&err);
    assert_int_equal(mnr_its_rules_load(&rules, MNR_SOURCE_DIR "/po/its/mnr.its", &err), MNR_OK);
    xmlDocPtr doc = parse("<results><assessment><country>Republic of Examplia</country>"
                          "</assessment><domain name=\"Leadership\">"
                          "<capability name=\"Leadership\" level-name=\"Emerging\"/>"
                          "</domain></results>");
    unsigned long n = 0;
    assert_int_equal(mnr_its_translate(doc, rules, &n, &err), MNR_OK);
    assert_string_equal(serialised(doc),
                        "<results><assessment><country>Republic of Examplia</country>"
                        "</assessment><domain name=\"Direction\">"
                        "<capability name=\"Direction\" level-name=\"Émergent\"/>"
                        "</domain></results>");
    assert_int_equal(n, 3);
    xmlFreeDoc(doc);
    mnr_its_rules_free(rules);
}

static int setup(void **state)
{
    (void)state;
    mnr_i18n_use_table("xx", table);
    return 0;
}

int main(void)
{
    mnr_xml_init();
    snprintf(dir, sizeof dir, "/tmp/mnr-its-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_attribute_and_element, setup),
        cmocka_unit_test_setup(test_untranslated_kept, setup),
        cmocka_unit_test_setup(test_markup_stays_text, setup),
        cmocka_unit_test_setup(test_last_rule_wins, setup),
        cmocka_unit_test_setup(test_namespaces, setup),
        cmocka_unit_test_setup(test_english_untouched, setup),
        cmocka_unit_test_setup(test_bad_selector, setup),
        cmocka_unit_test_setup(test_bad_rules, setup),
        cmocka_unit_test_setup(test_shipped_rules, setup),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    char path[128];
    snprintf(path, sizeof path, "%s/rules.its", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/bad.its", dir);
    unlink(path);
    rmdir(dir);
    mnr_xml_cleanup();
    return failed;
}
