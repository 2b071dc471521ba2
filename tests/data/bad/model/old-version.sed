# base: model
# An older model version: answers made against the shipped version no longer fit.
s/\(<model id="mnr-maturity" version="\)[^"]*"/\10.0-old"/
