#pragma once

#include <QString>
#include <stdexcept>

namespace oqy {

// A failed SQLite call. Thrown inside the storage layer only: every public entry point that runs a
// job (StorageWriter, the CLI's command runner, the list model) catches it and turns it into a
// message, so no exception ever crosses a Qt signal or event.
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &message);

    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }
    // SQLITE_FULL or an I/O error while writing: the disk (or quota) is exhausted.
    bool isDiskFull() const;
    bool isBusy() const;
    bool isCorrupt() const;

private:
    int m_code;
};

} // namespace oqy
