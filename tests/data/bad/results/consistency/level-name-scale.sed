# base: results
# The scale renames level 4.
s/<level value="4" name="Mature">/<level value="4" name="World class">/
