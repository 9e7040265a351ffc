#pragma once

#include <QString>
#include <QStringView>

namespace oqy::regions {

// The form names are compared in: lower case, ё as е, Kazakh letters folded to their Russian
// look-alikes (қ→к, ғ→г, ң→н, ә→а, ө→о, ұ/ү→у, һ→х, і→и) and Kazakh Latin diacritics dropped
// (ǵ→g, ń→n, ý→y…). News sites write «Караганды облысы» as often as «Қарағанды облысы».
QString normalized(QStringView word);

} // namespace oqy::regions
