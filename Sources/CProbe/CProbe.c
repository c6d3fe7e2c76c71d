// CProbe is header-only (static inline functions); this file gives the
// target a source to compile.
#include "CProbe.h"
