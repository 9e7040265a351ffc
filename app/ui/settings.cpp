#include "settings.h"

#include "storage/datadir.h"

#include <QDir>

namespace oqy {

std::unique_ptr<QSettings> openSettings(const DataDir &dataDir, bool customDataDir)
{
    if (customDataDir)
        return std::make_unique<QSettings>(
            QDir(dataDir.root()).filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace oqy
