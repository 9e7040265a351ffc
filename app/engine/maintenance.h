#pragma once

#include "storage/retention.h"

#include <QObject>
#include <functional>

namespace oqy {

class Session;

// Keeping a data folder healthy while the reader reads: retention on the writer thread (photo
// files deleted after the removal has committed, off the caller's thread), and the background
// integrity check.
class Maintenance : public QObject
{
    Q_OBJECT
public:
    using RetentionDone = std::function<void(const RetentionResult &result, const QString &error)>;
    using CheckDone = std::function<void(const QString &damage)>;

    explicit Maintenance(Session &session, QObject *parent = nullptr);

    // `done` runs in this object's thread (not at all if it is gone by then).
    void applyRetention(const RetentionPolicy &policy, RetentionDone done = {});
    // The whole file (`full`), else the read and bookmark state that start-up checks only in
    // part; `done` gets a description of any damage (empty when none), which is also marked for
    // repair at the next start.
    void checkInBackground(bool full, CheckDone done);

private:
    Session &m_session;
};

} // namespace oqy
