#pragma once

#include "core/region.h"
#include "gazetteer.h"

#include <QList>
#include <QStringView>

namespace oqy::regions {

// Which regions of Kazakhstan a text is about, with the words that showed each. Runs on an
// article's own title and body (extracted, never a page's menus), in Russian and Kazakh. Pure and
// thread-safe: the gazetteer is read-only.
class RegionTagger
{
public:
    explicit RegionTagger(const Gazetteer &gazetteer = Gazetteer::builtIn());

    // Tags, in order of first mention; each with up to five pieces of evidence as written in the
    // text («Нуринском районе», «Қарағанды облысында»).
    QList<RegionTag> tag(QStringView title, QStringView body) const;
    QList<RegionTag> tag(QStringView text) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace oqy::regions
