/*
 * date.h - the rule of an assessment's date, in one place.
 *
 * An assessment is dated with a real calendar date, not before the Model
 * National Response was published (MNR_DATE_FIRST) and not after today:
 * a date in the future would make an assessment "the latest" of its
 * country for years (mnr cohort counts only the latest), a date before
 * 2015 is a typo. mnr ask and the offline form ask again for such a date
 * (the form's script mirrors this rule); a file dated so is refused at
 * its <date>, allowing a file one day ahead of this computer's today
 * (it may come from a time zone across the date line).
 *
 * "today" is always given, YYYY-MM-DD: the context takes it from the
 * clock when it opens (mnr_date_today), and a test sets its own.
 */
#ifndef MNR_DATE_H
#define MNR_DATE_H

#define MNR_DATE_FIRST "2015-01-01"
/* Days a file may be dated after today: time zones span more than a day. */
#define MNR_DATE_FILE_GRACE 1

typedef enum mnr_date_verdict {
    MNR_DATE_OK,
    MNR_DATE_NOT_A_DATE, /* not YYYY-MM-DD (an xs:date's time zone may follow), or no such day */
    MNR_DATE_TOO_EARLY,  /* before MNR_DATE_FIRST */
    MNR_DATE_FUTURE      /* after today (plus `grace` days) */
} mnr_date_verdict;

/* Checks `date` (an xs:date as in a file: an optional time zone, not
 * counted) against the rule, with `today` (YYYY-MM-DD) and `grace` days
 * allowed after it. An empty or malformed `today` leaves the future
 * unchecked. */
mnr_date_verdict mnr_date_check(const char *date, const char *today, int grace);

/* Orders two dates that passed the rule: <0, 0, >0 as a is earlier than,
 * the same day as, or later than b. */
int mnr_date_order(const char *a, const char *b);

/* Today's local date from the clock, as YYYY-MM-DD ("" if the clock
 * cannot be read). */
void mnr_date_today(char out[11]);

#endif
