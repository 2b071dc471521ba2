# base: results
# The last priority (rank 19, with its prerequisites) removed.
/<priority rank="19" /,/<\/priority>/d
