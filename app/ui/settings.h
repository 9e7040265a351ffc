#pragma once

#include <QSettings>
#include <memory>

namespace oqy {

class DataDir;

// The reader's preferences. With --data-dir they live in that folder (oqy.ini), so that a test or a
// portable install never touches the user's own settings; otherwise in the platform's usual place.
std::unique_ptr<QSettings> openSettings(const DataDir &dataDir, bool customDataDir);

} // namespace oqy
