#pragma once

#include "database.h"

namespace oqy {

class DataDir;

// Opens the data folder's database and brings its schema up to date, keeping a copy of an older
// database in backups/ before migrating it. Throws SqlError with a message fit for the reader.
Database openDatabase(const DataDir &dataDir);

} // namespace oqy
