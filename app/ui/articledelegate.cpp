#include "articledelegate.h"

#include "articlelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace oqy {

namespace {

QString snippetOf(const QModelIndex &index)
{
    return index.column() == ArticleListModel::TitleColumn
        ? index.data(ArticleListModel::SnippetRole).toString()
        : QString();
}

QFont snippetFont(const QFont &base)
{
    QFont font = base;
    font.setBold(false);
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

void ArticleDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = snippetOf(index);
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, icon
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                           .adjusted(2, 2, -2, -2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;

    painter->save();
    painter->setClipRect(text);
    const QFontMetrics titleMetrics(opt.font);
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), text.width(), titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(title, Qt::ElideRight, text.width()));

    // The passage: plain words muted, the matches in bold; cut at the cell's edge.
    QFont plain = snippetFont(opt.font);
    QFont hit = plain;
    hit.setBold(true);
    QColor muted = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        muted.setAlphaF(0.7f);
    painter->setPen(muted);
    int x = text.left();
    const int baseline = text.top() + titleMetrics.height() + QFontMetrics(plain).ascent() + 2;
    const QString flat = QString(snippet).replace(QLatin1Char('\n'), QLatin1Char(' '));
    bool inHit = false;
    qsizetype start = 0;
    auto draw = [&](QStringView piece, const QFont &font) {
        if (piece.isEmpty() || x >= text.right())
            return;
        const QFontMetrics metrics(font);
        const QString shown
            = metrics.elidedText(piece.toString(), Qt::ElideRight, text.right() - x);
        painter->setFont(font);
        painter->drawText(x, baseline, shown);
        x += metrics.horizontalAdvance(shown);
    };
    for (qsizetype i = 0; i <= flat.size(); ++i) {
        const bool end = i == flat.size();
        if (end || (!inHit && flat[i] == QLatin1Char('['))
            || (inHit && flat[i] == QLatin1Char(']'))) {
            draw(QStringView(flat).mid(start, i - start), inHit ? hit : plain);
            inHit = !inHit && !end;
            start = i + 1;
        }
    }
    painter->restore();
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!snippetOf(index).isEmpty())
        size.setHeight(QFontMetrics(option.font).height()
            + QFontMetrics(snippetFont(option.font)).height() + 8);
    return size;
}

} // namespace oqy
