#pragma once

#include <QStyledItemDelegate>

namespace oqy {

// Draws the article list's title cell; while searching, a second line under the title shows the
// passage that matched, the matching words in bold (ArticleListModel::SnippetRole).
class ArticleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace oqy
