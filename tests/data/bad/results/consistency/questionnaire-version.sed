# base: results
# Scored with questionnaire mnr-full 0.9.
s/<questionnaire id="mnr-full" version="1.0"/<questionnaire id="mnr-full" version="0.9"/
