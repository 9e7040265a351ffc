#include "database.h"

#include "searchtext.h"

#include "sqlerror.h"

#include <QSet>
#include <sqlite3.h>

namespace oqy {

namespace {
// Long enough to wait out the other process's write transaction (a refresh commits per feed),
// short enough that a stuck lock turns into an error message instead of a frozen window.
constexpr int BusyTimeoutMs = 5000;
} // namespace

Database::Database(const QString &path, Access access)
    : m_path(path)
{
    const int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message
            = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqlError(rc, QStringLiteral("cannot open %1: %2").arg(path, message));
    }
    try {
        configure(access);
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Database Database::inMemory()
{
    Database db;
    db.m_path = QStringLiteral(":memory:");
    if (sqlite3_open_v2(":memory:", &db.m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        throw SqlError(SQLITE_NOMEM, QStringLiteral("cannot open an in-memory database"));
    db.configure(Access::ReadWrite);
    return db;
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_recordSyncChanges(other.m_recordSyncChanges)
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
    other.m_cache.clear();
}

Database::~Database()
{
    for (auto &[sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

namespace {

// oqy_search_text(text): the indexed form of a text for full-text search (searchtext.h). Each
// connection has its own: a connection is used by one thread at a time.
//
// On the way it keeps the vocabulary prefix search expands (table search_terms, migration 0008):
// a stem seen for the first time on this connection and not yet known is added. Known terms are
// remembered by hash, so after the first articles of a refresh almost no stem reaches the table.
QStringList tokens(const QString &stem)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= stem.size(); ++i) {
        const bool inWord = i < stem.size() && stem[i].isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            out.append(stem.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

struct SearchFunction
{
    SearchText text;
    QSet<size_t> known;
    bool loaded = false;

    void record(sqlite3 *db, const QStringList &stems)
    {
        if (!loaded) {
            loaded = true;
            sqlite3_stmt *all = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT term FROM search_terms", -1, &all, nullptr)
                != SQLITE_OK) {
                sqlite3_finalize(all);
                return; // a database older than migration 0008: nothing to keep yet
            }
            while (sqlite3_step(all) == SQLITE_ROW)
                known.insert(qHash(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(all, 0)),
                        sqlite3_column_bytes(all, 0))));
            sqlite3_finalize(all);
        }
        sqlite3_stmt *insert = nullptr;
        for (const QString &stem : stems) {
            // The tokenizer splits where the stem has no letter or digit; store what it indexes.
            for (const QString &term : tokens(stem)) {
                const size_t hash = qHash(term);
                if (known.contains(hash))
                    continue;
                if (!insert
                    && sqlite3_prepare_v2(db,
                           "INSERT OR IGNORE INTO search_terms (term) VALUES (?1)", -1, &insert,
                           nullptr)
                        != SQLITE_OK) {
                    sqlite3_finalize(insert);
                    return;
                }
                const QByteArray utf8 = term.toUtf8();
                sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(insert) == SQLITE_DONE)
                    known.insert(hash);
                sqlite3_reset(insert);
            }
        }
        sqlite3_finalize(insert);
    }
};

void searchTextFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *search = static_cast<SearchFunction *>(sqlite3_user_data(context));
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray form
        = search->text.indexForm(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    const QStringList stems = search->text.takeNewStems();
    if (!stems.isEmpty())
        search->record(sqlite3_context_db_handle(context), stems);
    sqlite3_result_text(context, form.constData(), int(form.size()), SQLITE_TRANSIENT);
}

} // namespace

void Database::configure(Access access)
{
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    sqlite3_create_function_v2(m_db, "oqy_search_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
        new SearchFunction, searchTextFunction, nullptr, nullptr,
        [](void *p) { delete static_cast<SearchFunction *>(p); });
    m_recordSyncChanges = new bool(true);
    sqlite3_create_function_v2(
        m_db, "oqy_sync_records", 0, SQLITE_UTF8, m_recordSyncChanges,
        [](sqlite3_context *context, int, sqlite3_value **) {
            sqlite3_result_int(context, *static_cast<bool *>(sqlite3_user_data(context)) ? 1 : 0);
        },
        nullptr, nullptr, [](void *p) { delete static_cast<bool *>(p); });
    sqlite3_extended_result_codes(m_db, 1);
    exec("PRAGMA foreign_keys = ON");
    if (access == Access::ReadWrite && m_path != QLatin1String(":memory:")) {
        // WAL lets the GUI read while a refresh writes, and survives kill -9 without a journal
        // rollback on the next start. NORMAL sync is durable across process crashes; only a power
        // loss can lose the last commit, never corrupt the file.
        // A new database frees pages back to the disk when articles are removed (retention.h). The
        // mode must be chosen before the first table and before WAL: SQLite cannot switch it later
        // without a VACUUM outside WAL mode (compact() in databaseopener.h).
        if (!prepareUncached("SELECT 1 FROM sqlite_schema LIMIT 1").step())
            exec("PRAGMA auto_vacuum = INCREMENTAL");
        Statement mode = prepareUncached("PRAGMA journal_mode = WAL");
        mode.step();
        exec("PRAGMA synchronous = NORMAL");
    }
}

void Database::setRecordingSyncChanges(bool on)
{
    if (m_recordSyncChanges)
        *m_recordSyncChanges = on;
}

void Database::fail(int rc, std::string_view context) const
{
    Q_UNUSED(rc)
    throw SqlError(sqlite3_extended_errcode(m_db),
        QStringLiteral("%1 (in: %2)")
            .arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                QString::fromUtf8(context.data(), qsizetype(context.size()))
                    .simplified()
                    .left(120)));
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw SqlError(sqlite3_extended_errcode(m_db),
            QStringLiteral("%1 (in: %2)")
                .arg(message, QString::fromStdString(text).simplified().left(120)));
    }
}

Statement Database::prepare(std::string_view sql)
{
    std::string key(sql);
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        // The same SQL may be needed again while an outer loop is still stepping it.
        if (sqlite3_stmt_busy(it->second))
            return prepareUncached(sql);
        return Statement(it->second, true);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, key.data(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    m_cache.emplace(std::move(key), stmt);
    return Statement(stmt, true);
}

Statement Database::prepareUncached(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    return Statement(stmt, false);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement st = prepareUncached("PRAGMA user_version");
    st.step();
    return st.integer(0);
}

void Database::rollbackQuietly() noexcept
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace oqy
