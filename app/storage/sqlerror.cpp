#include "sqlerror.h"

#include <sqlite3.h>

namespace oqy {

SqlError::SqlError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{
}

bool SqlError::isDiskFull() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_FULL || m_code == SQLITE_IOERR_WRITE || m_code == SQLITE_IOERR_FSYNC;
}

bool SqlError::isBusy() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool SqlError::isCorrupt() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace oqy
