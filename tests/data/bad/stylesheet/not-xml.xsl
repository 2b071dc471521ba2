This is a note about the report layout, not a stylesheet.
