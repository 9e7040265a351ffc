#pragma once

#include "secrets/secretstore.h"

#include <QString>

// For tests that need the system keychain (a Secret Service; tools/dev.sh test starts one in a
// private session): why they cannot run in this session, or empty when they can. A probe entry is
// written and removed again.
namespace testkeychain {

inline QString missingSecretService()
{
    oqy::SecretStore probe;
    probe.setTimeout(5000);
    const QString error = probe.writeBlocking(
        QStringLiteral("oqy-test-probe"), { QStringLiteral("u"), QStringLiteral("p"), {}, {} });
    if (!error.isEmpty())
        return QStringLiteral(
            "no Secret Service in this session (%1); run the tests with tools/dev.sh "
            "test, which starts one")
            .arg(error);
    probe.removeBlocking(QStringLiteral("oqy-test-probe"));
    return {};
}

} // namespace testkeychain
