#include "statement.h"

#include "sqlerror.h"

#include <sqlite3.h>

namespace oqy {

Statement::Statement(sqlite3_stmt *stmt, bool cached)
    : m_stmt(stmt)
    , m_cached(cached)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(other.m_stmt)
    , m_cached(other.m_cached)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_cached) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

void Statement::fail(int rc) const
{
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    const char *sql = sqlite3_sql(m_stmt);
    // bind errors (SQLITE_RANGE, SQLITE_MISUSE) are not recorded on the connection
    const int code = sqlite3_extended_errcode(db) != SQLITE_OK ? sqlite3_extended_errcode(db) : rc;
    throw SqlError(code,
                   QStringLiteral("%1 (in: %2)")
                       .arg(QString::fromUtf8(sqlite3_errmsg(db)),
                            QString::fromUtf8(sql ? sql : "").simplified().left(120)));
}

Statement &Statement::bind(int index, qint64 value)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()),
                                   SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QDateTime &value)
{
    if (!value.isValid())
        return bind(index, nullptr);
    return bind(index, value.toSecsSinceEpoch());
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void Statement::exec()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(column), Qt::UTC);
}

} // namespace oqy
