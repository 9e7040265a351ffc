#pragma once

#include <QDir>
#include <QString>

// Paths the test launcher (tests/CMakeLists.txt) hands every test.
namespace testenv {

inline QString dataDir()
{
    return QString::fromLocal8Bit(qgetenv("OQY_TEST_DATA"));
}

inline QString fixture(const QString &relative)
{
    return QDir(dataDir()).filePath(relative);
}

inline QString cliPath()
{
    return QString::fromLocal8Bit(qgetenv("OQY_CLI"));
}

// ../shared of the checkout (scoring corpora); empty when this clone has none.
inline QString sharedDir()
{
    const QString dir = QString::fromLocal8Bit(qgetenv("OQY_SHARED"));
    return QDir(dir).exists() ? dir : QString();
}

} // namespace testenv
