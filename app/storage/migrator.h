#pragma once

#include <QList>
#include <QString>

namespace oqy {

class Database;

// Brings a database to the newest schema, one numbered file of resources/sql/ at a time.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };
    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // written before an existing database was touched; empty otherwise
    };

    // `directory` holds files named NNNN_description.sql; the default is the compiled-in set.
    explicit Migrator(const QString &directory = QStringLiteral(":/sql"));

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // Applies every migration newer than the database's user_version, each in its own transaction.
    // An existing database is first copied to `backupPath` (VACUUM INTO) when one is given.
    // Throws SqlError; refuses (throws) a database written by a newer Oqy.
    Outcome migrate(Database &db, const QString &backupPath = {}) const;

private:
    QList<Migration> m_migrations;
};

} // namespace oqy
