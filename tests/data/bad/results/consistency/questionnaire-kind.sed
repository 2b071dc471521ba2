# base: results
# The full questionnaire called level-pick.
s/\(<questionnaire id="mnr-full" [^>]*\)kind="criteria"/\1kind="level-pick"/
