/*
 * mnr baseline - the 2021 42-country baseline as mnr holds it: a text
 * table in the spirit of the review's Figure 1, CSV, or the XML itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_options.h"
#include "commands.h"
#include "datadir.h"
#include "i18n.h"
#include "textsafe.h"
#include "xmlsafe.h"

static const char baseline_usage[] =
    N_("Usage: mnr baseline [--format text|csv|xml] [--data-dir DIR]\n"
    "\n"
    "Prints the 2021 baseline that reports compare against: for each item of\n"
    "Figure 1 of \"Framing the Future\" (WeProtect Global Alliance and UNICEF, 2022),\n"
    "the number of surveyed countries with the capability in place out of those\n"
    "that answered, the share, and the MNR capabilities it stands for; then the\n"
    "finer indicators the review's text gives. Counts are stored; percentages are\n"
    "computed from them.\n"
    "\n");

typedef struct baseline_opts {
    const char *format, *data_dir;
} baseline_opts;

static const cli_option baseline_options[] = {
    CLI_STRING('f', "format", N_("FORMAT"), baseline_opts, format,
               N_("text (default): a table with bars; csv: the columns\n"
               "item,label,capabilities,yes,respondents,percent;\n"
               "xml: the baseline file")),
    CLI_STRING(0, "data-dir", N_("DIR"), baseline_opts, data_dir, N_("use another data directory")),
    CLI_HELP(N_("show this help")),
    CLI_END,
};

const cli_command cmd_baseline_help = {"baseline", baseline_usage, baseline_options, 23, ""};

#define BAR_WIDTH 20

static void print_bar(double percent, int utf8)
{
    int full = (int)(percent / 100.0 * BAR_WIDTH + 0.5);
    for (int i = 0; i < BAR_WIDTH; i++)
        fputs(i < full ? (utf8 ? "\u2588" : "#") : (utf8 ? "\u00b7" : "."), stdout);
}

static int wants_utf8(void)
{
    const char *vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && v[0])
            return strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8");
    }
    return 0;
}

/* `s` made safe, in a column `width` characters wide: cut between
 * characters, padded with spaces. */
static void print_column(const char *s, size_t width)
{
    const char *t = cli_safe(s);
    size_t n = mnr_utf8_chars(t, width), chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += ((unsigned char)t[i] & 0xC0) != 0x80;
    printf("%.*s%*s", (int)n, t, (int)(width - chars), "");
}

/* A text of the baseline file that po/its/mnr.its gives translators (a
 * label, a group's name, a note, a statement) in the language in use,
 * looked up as itstool writes its msgid (white space collapsed); the
 * title, document and sources are citations and stay as published. */
static const char *data_text(char *buf, size_t size, const char *s)
{
    size_t n = 0;
    for (const char *p = s; p && *p && n + 1 < size; p++) {
        int space = *p == ' ' || (*p >= '\t' && *p <= '\r');
        if (!space)
            buf[n++] = *p;
        else if (n > 0 && buf[n - 1] != ' ')
            buf[n++] = ' ';
    }
    while (n > 0 && buf[n - 1] == ' ')
        n--;
    buf[n] = '\0';
    if (!s || strlen(s) >= size)
        return s;
    const char *t = mnr_i18n_text(NULL, buf);
    return t == buf ? s : t;
}

static void print_row(const mnr_figure *f, int utf8)
{
    char label[512];
    fputs("  ", stdout);
    print_column(data_text(label, sizeof label, f->label), 44);
    putchar(' ');
    if (f->kind == MNR_FIGURE_NONE) {
        printf("%-*s  %-9s %s\n", BAR_WIDTH + 7, _("no aggregated figure"), "",
               cli_safe(f->capabilities));
        return;
    }
    char machine[32], pct[64];
    mnr_percent_text(machine, sizeof machine, f->yes, f->respondents);
    mnr_number_text(pct, sizeof pct, machine);
    print_bar(mnr_figure_percent(f), utf8);
    printf(" %5s%%  %2d/%-2d     %s\n", pct, f->yes, f->respondents, cli_safe(f->capabilities));
}

static void print_text(const mnr_baseline *b)
{
    int utf8 = wants_utf8();
    printf("%s\n", cli_safe(b->title));
    /* TRANSLATORS: the baseline's document, publisher, year, and when
     * its data were collected (texts of the baseline file). */
    printf(_("%s (%s, %s); data collected %s.\n"), cli_safe(b->document), cli_safe(b->publisher),
           cli_safe(b->year), cli_safe(b->collected));
    /* TRANSLATORS: followed by the groups, ": 20 Europe, 12 Africa", and ".". */
    printf(mnr_ngettext("Cohort: %d country", "Cohort: %d countries", (unsigned long)b->cohort_size),
           b->cohort_size);
    char buf[1024];
    for (int g = 0; g < b->n_groups; g++)
        printf("%s %d %s", g == 0 ? ":" : ",", b->groups[g].size,
               cli_safe(data_text(buf, sizeof buf, b->groups[g].name)));
    /* TRANSLATORS: the full stop that ends the sentence above. */
    fputs(_(".\n"), stdout);
    printf(_("\nCapabilities in place (Figure 1 items)\n"));
    /* TRANSLATORS: the headings of mnr baseline's table; "Yes/Resp." is
     * the count of countries answering yes / of those that responded. */
    printf("  %-44s %-*s  %-9s %s\n", _("Item"), BAR_WIDTH + 7, _("Share of countries"),
           _("Yes/Resp."), _("Capabilities"));
    for (int i = 0; i < b->n_figures; i++)
        if (b->figures[i].kind == MNR_FIGURE_ITEM || b->figures[i].kind == MNR_FIGURE_NONE)
            print_row(&b->figures[i], utf8);
    printf(_("\nFiner indicators from the text\n"));
    for (int i = 0; i < b->n_figures; i++)
        if (b->figures[i].kind == MNR_FIGURE_INDICATOR)
            print_row(&b->figures[i], utf8);
    printf(_("\nNotes\n"));
    for (int i = 0; i < b->n_figures; i++) {
        const mnr_figure *f = &b->figures[i];
        for (int n = 0; n < f->n_notes; n++) {
            printf("  - %s: ", cli_safe(f->label ? data_text(buf, sizeof buf, f->label) : f->id));
            printf("%s\n", cli_safe(data_text(buf, sizeof buf, f->notes[n])));
        }
        if (f->kind == MNR_FIGURE_GROUP_NOTE)
            printf("  - %s (%s)\n", cli_safe(data_text(buf, sizeof buf, f->statement)),
                   cli_safe(f->capabilities));
    }
    printf(_("\nThe review does not rank countries, and neither does mnr.\n"));
}

/* RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so a
 * spreadsheet does not run it as a formula. Controls other than newline
 * and tab are shown escaped (textsafe.h). */
static void csv_cell(const char *raw, int last)
{
    char *s = mnr_text_safe_dup(raw, strlen(raw), MNR_TEXT_LAYOUT, NULL);
    if (!s)
        s = strdup("");
    int quote = strpbrk(s, ",\"\n\r") != NULL;
    if (quote)
        putchar('"');
    if (strchr("=+-@", s[0]) && s[0])
        putchar('\'');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            putchar('"');
        putchar(*p);
    }
    if (quote)
        putchar('"');
    putchar(last ? '\n' : ',');
    free(s);
}

static void print_csv(const mnr_baseline *b)
{
    printf("item,label,capabilities,yes,respondents,percent\n");
    for (int i = 0; i < b->n_figures; i++) {
        const mnr_figure *f = &b->figures[i];
        if (f->kind == MNR_FIGURE_GROUP_NOTE)
            continue;
        csv_cell(f->id, 0);
        csv_cell(f->label, 0);
        csv_cell(f->capabilities, 0);
        if (f->kind == MNR_FIGURE_NONE) {
            printf(",,\n");
            continue;
        }
        char pct[32];
        mnr_percent_text(pct, sizeof pct, f->yes, f->respondents);
        printf("%d,%d,%s\n", f->yes, f->respondents, pct);
    }
}

/* The XML as it is, but with the controls a terminal obeys written as
 * character references (the same text to an XML reader). */
/* The baseline XML on standard output, controls written as character
 * references (textsafe.h), and the write checked. */
static int print_xml_doc(xmlDocPtr doc, const char *path)
{
    mnr_error err;
    mnr_error_init(&err);
    xmlChar *buf = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(doc, &buf, &len, "UTF-8", 0);
    size_t n = 0;
    char *safe = buf ? mnr_text_xml_refs((const char *)buf, (size_t)len, &n) : NULL;
    xmlFree(buf);
    int rc = 0;
    if (!safe) {
        mnr_error_set(&err, MNR_ENOMEM, path, 0, _("out of memory"));
        rc = cli_fail(&err);
    } else if (cli_write_stdout(safe, n, &err) != MNR_OK) {
        rc = cli_fail(&err);
    }
    free(safe);
    return rc;
}

static int print_xml(const mnr_context *ctx)
{
    char *path = mnr_context_path(ctx, MNR_BASELINE_FILE);
    mnr_error err;
    mnr_error_init(&err);
    xmlDocPtr doc = NULL;
    int rc = 0;
    if (mnr_xml_load(&doc, path, &err) != MNR_OK)
        rc = cli_fail(&err);
    else
        rc = print_xml_doc(doc, path);
    xmlFreeDoc(doc);
    free(path);
    return rc;
}

int cmd_baseline(int argc, char **argv)
{
    baseline_opts o = {0};
    int first;
    int rc = cli_parse(&first, &cmd_baseline_help, &o, argc, argv);
    if (rc != 0)
        return rc == CLI_HELP_SHOWN ? 0 : rc;
    const char *format = o.format ? o.format : "text";
    if (first < argc)
        return cli_usage("baseline", _("unexpected argument '%s'"), argv[first]);
    if (strcmp(format, "text") && strcmp(format, "csv") && strcmp(format, "xml"))
        return cli_usage("baseline", _("unknown format '%s'; use text, csv or xml"), format);
    mnr_context *ctx = NULL;
    rc = cli_open(&ctx, o.data_dir);
    if (rc != 0)
        return rc;
    if (strcmp(format, "csv") == 0)
        print_csv(ctx->baseline);
    else if (strcmp(format, "xml") == 0)
        rc = print_xml(ctx);
    else
        print_text(ctx->baseline);
    mnr_context_free(ctx);
    return rc;
}
