# base: results
# Scored with an older model version.
s/<model id="mnr-maturity" version="[^"]*"/<model id="mnr-maturity" version="0.0-old"/
