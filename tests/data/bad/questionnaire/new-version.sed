# base: questionnaire
# A newer questionnaire version than the answers were made with.
s/<questionnaire id="mnr-full" version="[^"]*"/<questionnaire id="mnr-full" version="9.9"/
