#pragma once

#include "core/credentials.h"

#include <QObject>
#include <functional>

namespace oqy {

// The system keychain (Secret Service, KWallet… through QtKeychain), the only place Oqy keeps a
// secret. Entries are keyed by a random id the database stores in its place (feeds.secret_id), so
// the database, settings, exports and logs hold only the fact that a secret exists. The plaintext
// fallback of QtKeychain is off: no keychain means a clear error, never a file.
//
// Every job has a deadline: a Secret Service that waits on an invisible unlock prompt would
// otherwise hang for ever.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Credentials &, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);

    static QString service() { return QStringLiteral("kz.oqy.Oqy"); }
    // A new id for a secret (a random UUID).
    static QString newId();

    // `done` runs in this object's thread. A missing entry reads as an error too (a locked keyring
    // looks the same to the Secret Service API), with a message that says both.
    void read(const QString &id, ReadDone done);
    void write(const QString &id, const Credentials &credentials, Done done);
    void remove(const QString &id, Done done);

    // The same, waiting (a local event loop) — for oqy-cli, never for the GUI thread.
    QString readBlocking(const QString &id, Credentials *out);
    QString writeBlocking(const QString &id, const Credentials &credentials);
    QString removeBlocking(const QString &id);

    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    int m_timeoutMs = 10'000;
};

} // namespace oqy
