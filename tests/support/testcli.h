#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Running the real oqy-cli from a test, on one data folder.
namespace testcli {

struct Result
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

// oqy-cli `args` --data-dir `dataDir`, with `input` on its standard input. Waits in an event loop
// (so that a loopback server living in the test's thread keeps answering), at most two minutes.
Result run(const QStringList &args, const QString &dataDir, const QByteArray &input = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace testcli
