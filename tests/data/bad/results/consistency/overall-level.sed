# base: results
# Overall level 3 with an index of 1.64.
s/\(<summary [^>]*\) overall-level="1" overall-level-name="Emerging"/\1 overall-level="3" overall-level-name="Established"/
