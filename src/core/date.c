#include "date.h"

#include <string.h>
#include <time.h>

static int days_in_month(long y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* A time zone as xs:date writes it: Z, or +hh:mm / -hh:mm. */
static int is_zone(const char *p)
{
    if (*p == '\0')
        return 1;
    if (p[0] == 'Z')
        return p[1] == '\0';
    return (p[0] == '+' || p[0] == '-') && digits(p + 1, 2) >= 0 && p[3] == ':' &&
           digits(p + 4, 2) >= 0 && p[6] == '\0';
}

/* The day number of an xs:date (a year of four digits or more, maybe
 * negative): year * 10000 + month * 100 + day, which orders like the
 * date. 0 when it is not one. Years past 9999 come out as 99991232:
 * later than any four-digit date, and a future one. */
static long day_value(const char *s)
{
    const char *p = s;
    int negative = *p == '-';
    p += negative;
    size_t n = strspn(p, "0123456789");
    if (n < 4 || (n > 4 && *p == '0'))
        return 0;
    long year = n > 4 ? 10000 : digits(p, 4);
    p += n;
    int month = p[0] == '-' ? digits(p + 1, 2) : -1;
    int day = month > 0 && p[3] == '-' ? digits(p + 4, 2) : -1;
    if (month < 1 || month > 12 || day < 1 || !is_zone(p + 6))
        return 0;
    if (year < 10000 && day > days_in_month(year, month))
        return 0;
    if (negative || year == 0)
        return 1; /* before any date that counts */
    return year >= 10000 ? 99991232L : year * 10000 + month * 100 + day;
}

/* The day number `grace` days after `today`. */
static long plus_days(long today, int grace)
{
    long y = today / 10000;
    int m = (int)(today / 100 % 100), d = (int)(today % 100);
    while (grace-- > 0) {
        if (++d > days_in_month(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    return y * 10000 + m * 100 + d;
}

mnr_date_verdict mnr_date_check(const char *date, const char *today, int grace)
{
    long v = day_value(date ? date : "");
    if (v == 0)
        return MNR_DATE_NOT_A_DATE;
    if (v < day_value(MNR_DATE_FIRST))
        return MNR_DATE_TOO_EARLY;
    long t = today && strlen(today) == 10 ? day_value(today) : 0;
    if (t > 0 && v > plus_days(t, grace))
        return MNR_DATE_FUTURE;
    return MNR_DATE_OK;
}

int mnr_date_order(const char *a, const char *b)
{
    long x = day_value(a ? a : ""), y = day_value(b ? b : "");
    return x < y ? -1 : x > y;
}

void mnr_date_today(char out[11])
{
    time_t now = time(NULL);
    struct tm tm;
    out[0] = '\0';
    if (localtime_r(&now, &tm) && strftime(out, 11, "%Y-%m-%d", &tm) != 10)
        out[0] = '\0';
}
