/* a part of module three (it has its own .c): three.h and three_part.h
 * include each other inside one module, which is no circle */
#include "three.h"
