#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace oqy {

// A prepared statement, bound and stepped with Qt types. Move-only; a statement borrowed from the
// connection's cache is reset (not finalised) when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3_stmt *stmt, bool cached);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); // as a BLOB
    Statement &bind(int index, const char *utf8);        // as TEXT, copied
    Statement &bind(int index, std::nullptr_t);
    // Seconds since the epoch; an invalid date binds NULL.
    Statement &bind(int index, const QDateTime &value);
    template<class T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Advances to the next row: true while a row is available, false when done. Throws SqlError.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDateTime dateTime(int column) const; // NULL gives an invalid QDateTime

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3_stmt *m_stmt;
    bool m_cached;
};

} // namespace oqy
