#include "testcli.h"

#include "testenv.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace testcli {

Result run(const QStringList &args, const QString &dataDir, const QByteArray &input,
    const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    process.start(testenv::cliPath(), args + QStringList { QStringLiteral("--data-dir"), dataDir });
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace testcli
