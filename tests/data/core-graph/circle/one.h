/* one uses two, two uses three, three uses one: a circle */
