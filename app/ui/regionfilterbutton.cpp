#include "regionfilterbutton.h"

#include "articlerenderer.h"

#include <QLocale>
#include <QMenu>

namespace oqy {

namespace {
const char *const Slugs[] = { "abai", "akmola", "aktobe", "almaty_region", "atyrau",
    "east_kazakhstan", "zhambyl", "zhetisu", "west_kazakhstan", "karaganda", "kostanay",
    "kyzylorda", "mangystau", "pavlodar", "north_kazakhstan", "turkistan", "ulytau", "astana",
    "almaty_city", "shymkent" };
}

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
    for (const char *slug : Slugs) {
        QAction *action
            = menu->addAction(ArticleRenderer::regionName(QLatin1String(slug), QLocale().name()));
        action->setCheckable(true);
        action->setData(QLatin1String(slug));
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

void RegionFilterButton::updateText()
{
    const QStringList slugs = selectedRegions();
    if (slugs.isEmpty())
        setText(tr("All regions"));
    else if (slugs.size() == 1)
        setText(ArticleRenderer::regionName(slugs.first(), QLocale().name()));
    else
        setText(tr("%n region(s)", nullptr, int(slugs.size())));
}

} // namespace oqy
