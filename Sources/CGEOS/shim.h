// Only GEOS's reentrant (_r) API is visible to Swift: every call takes an explicit context.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
