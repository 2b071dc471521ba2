# base: results
# The first two priorities swapped (ranks renumbered).
/<priority rank="1" /{h;d}
/<priority rank="2" /{s/rank="2"/rank="1"/;G;s/\n\(.*\)rank="1"/\n\1rank="2"/}
