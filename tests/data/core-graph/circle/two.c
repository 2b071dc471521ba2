#include "two.h"
#include "three.h"
