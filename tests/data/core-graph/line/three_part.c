#include "three_part.h"
#include "three.h"
