#pragma once

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace oqy {

// For long runs of allocation-heavy work (a refresh, an extraction batch): keep freed memory for
// the next article instead of handing it back to the system and faulting it in again, which on a
// virtual machine costs more than the work itself. Caps the reserve at 128 MB.
inline void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

} // namespace oqy
