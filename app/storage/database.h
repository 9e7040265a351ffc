#pragma once

#include "statement.h"

#include <QString>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace oqy {

// One SQLite connection (system libsqlite3 through its C API; docs/storage.md says why not QtSql).
// A connection belongs to one thread. Throws SqlError from the constructor and from every call.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating when ReadWrite) the file at `path` with Oqy's connection settings: WAL, a busy
    // timeout so that the GUI and oqy-cli can share a database, foreign keys on.
    explicit Database(const QString &path, Access access = Access::ReadWrite);
    // A private in-memory database for tests.
    static Database inMemory();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&) = delete;
    Database(const Database &) = delete;
    ~Database();

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    // A statement from the connection's cache: cheap to call in a loop with the same SQL text.
    Statement prepare(std::string_view sql);
    // A one-off statement, finalised when it goes out of scope.
    Statement prepareUncached(std::string_view sql);

    // While false, changes of read and bookmark state on this connection are not queued for an
    // account's server (migration 0010): a sync writing what the server says turns it off.
    void setRecordingSyncChanges(bool on);

    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();

    // Runs `body` in a BEGIN IMMEDIATE transaction; commits when it returns, rolls back when it throws.
    template<class Body>
    auto transaction(Body &&body)
    {
        exec("BEGIN IMMEDIATE");
        try {
            if constexpr (std::is_void_v<decltype(body())>) {
                body();
                exec("COMMIT");
            } else {
                auto result = body();
                exec("COMMIT");
                return result;
            }
        } catch (...) {
            rollbackQuietly();
            throw;
        }
    }

private:
    Database() = default;
    void configure(Access access);
    void rollbackQuietly() noexcept;
    [[noreturn]] void fail(int rc, std::string_view context) const;

    sqlite3 *m_db = nullptr;
    bool *m_recordSyncChanges = nullptr; // owned by the connection's oqy_sync_records() function
    QString m_path;
    std::unordered_map<std::string, sqlite3_stmt *> m_cache;
};

// While it lives, changes of read and bookmark state on `db` are not queued for an account's
// server (Database::setRecordingSyncChanges): for writes that come from the server, or that must
// not be echoed back to it.
class SyncRecordingPaused
{
public:
    explicit SyncRecordingPaused(Database &db)
        : m_db(db)
    {
        m_db.setRecordingSyncChanges(false);
    }
    ~SyncRecordingPaused() { m_db.setRecordingSyncChanges(true); }
    SyncRecordingPaused(const SyncRecordingPaused &) = delete;
    SyncRecordingPaused &operator=(const SyncRecordingPaused &) = delete;

private:
    Database &m_db;
};

} // namespace oqy
