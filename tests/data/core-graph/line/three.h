#include "three_part.h"
