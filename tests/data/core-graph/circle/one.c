#include "one.h"
#include "two.h"
