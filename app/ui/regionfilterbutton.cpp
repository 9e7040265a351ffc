#include "regionfilterbutton.h"

#include "articlerenderer.h"
#include "core/region.h"

#include <QLocale>
#include <QMenu>

namespace oqy {

RegionFilterButton::RegionFilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Region filter"));
    setToolTip(tr("Show only articles about the ticked regions"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("All regions"), this, [this] { setSelectedRegions({}); });
    menu->addSeparator();
    for (const QString &slug : regionSlugs()) {
        QAction *action = menu->addAction(ArticleRenderer::regionName(slug, QLocale().name()));
        action->setCheckable(true);
        action->setData(slug);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            emit selectionChanged();
        });
    }
    setMenu(menu);
    updateText();
}

QStringList RegionFilterButton::selectedRegions() const
{
    QStringList slugs;
    for (const QAction *action : menu()->actions())
        if (action->isCheckable() && action->isChecked())
            slugs.append(action->data().toString());
    return slugs;
}

void RegionFilterButton::setSelectedRegions(const QStringList &slugs)
{
    if (slugs == selectedRegions())
        return;
    for (QAction *action : menu()->actions())
        if (action->isCheckable()) {
            const QSignalBlocker block(action);
            action->setChecked(slugs.contains(action->data().toString()));
        }
    updateText();
    emit selectionChanged();
}

void RegionFilterButton::setNoneText(const QString &text)
{
    m_noneText = text;
    updateText();
}

void RegionFilterButton::updateText()
{
    const QStringList slugs = selectedRegions();
    if (slugs.isEmpty())
        setText(m_noneText.isEmpty() ? tr("All regions") : m_noneText);
    else if (slugs.size() == 1)
        setText(ArticleRenderer::regionName(slugs.first(), QLocale().name()));
    else
        setText(tr("%n region(s)", nullptr, int(slugs.size())));
}

} // namespace oqy
