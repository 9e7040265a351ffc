#pragma once

#include <QDateTime>
#include <QString>

namespace oqy {

// A reader's bookmark: the article is kept (with its images) whatever retention says.
struct Bookmark
{
    qint64 articleId = 0;
    QDateTime createdAt;
    QString note;
};

} // namespace oqy
