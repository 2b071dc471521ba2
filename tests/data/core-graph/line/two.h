/* one uses two and three, two uses three: no circle */
#include "three.h"
#include <stdio.h>
