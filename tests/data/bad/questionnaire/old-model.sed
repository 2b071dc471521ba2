# base: questionnaire
# Written for an older model version.
s/\(<questionnaire [^>]*\)model-version="[^"]*"/\1model-version="0.0-old"/
