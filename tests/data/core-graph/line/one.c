#include "one.h"
#include "two.h"
#include "three.h"
